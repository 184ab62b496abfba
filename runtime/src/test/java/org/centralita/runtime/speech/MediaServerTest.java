package org.centralita.runtime.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.centralita.runtime.agi.OneTimeSound;
import org.centralita.runtime.agi.PromptRenderer;
import org.centralita.runtime.channel.PromptSegment;
import org.centralita.speech.tts.PromptCache;
import org.centralita.speech.tts.PromptFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Prompt audio over HTTP: served to allowed PBX addresses only, by hash name only; STREAM FILE gets the URL. */
class MediaServerTest {

    @TempDir
    Path dir;
    private final HttpClient http = HttpClient.newHttpClient();
    private MediaServer server;
    private PromptCache cache;
    private MediaDirectory media;

    @BeforeEach
    void prompts() {
        cache = new PromptCache(dir.resolve("cache"), SpeechEngines.tts(), null, PromptFormat.WAV, 1L << 26);
        media = new MediaDirectory(dir.resolve("sounds"));
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private String start(List<String> allowed) {
        server = new MediaServer(new MediaHttp(true, "127.0.0.1", 0, "unused"), media.directory(), allowed);
        return "http://127.0.0.1:" + server.start() + "/media";
    }

    private HttpResponse<byte[]> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void shouldGiveStreamFileTheUrlOfASynthesizedPromptAndServeItsBytes() throws Exception {
        // given
        String base = start(List.of("127.0.0.1"));
        PromptRenderer renderer = new SynthesizedPromptRenderer(SpeechEngines.tts(), cache, media,
                PromptRenderer.hashed("centralita"), new MediaHttp(true, "127.0.0.1", 0, base));

        // when
        String sound = renderer.soundFor(new PromptSegment.Speak("Thank you for calling."), "en-US");
        HttpResponse<byte[]> response = get(sound);

        // then
        assertThat(sound).startsWith(base + "/").endsWith(".wav");
        Path published = media.directory().resolve(sound.substring(base.length() + 1));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("audio/wav"));
        assertThat(response.body()).isEqualTo(Files.readAllBytes(published));
    }

    @Test
    void shouldGiveStreamFileTheSharedPathWhenHttpIsOff() {
        // given
        PromptRenderer renderer = new SynthesizedPromptRenderer(SpeechEngines.tts(), cache, media,
                PromptRenderer.hashed("centralita"));

        // when
        String sound = renderer.soundFor(new PromptSegment.Speak("Thank you for calling."), "en-US");

        // then
        assertThat(sound).startsWith(media.directory().toString() + "/").doesNotContain(".wav");
    }

    @Test
    void shouldRefuseAnAddressNotInTheAllowList() throws Exception {
        // given
        String name = published("Goodbye.");
        String base = start(List.of("192.0.2.10"));

        // when
        HttpResponse<byte[]> response = get(base + "/" + name);

        // then
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).isNotEqualTo(Files.readAllBytes(media.directory().resolve(name)));
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownPromptName() throws Exception {
        // given
        String base = start(List.of("127.0.0.1"));

        // when
        HttpResponse<byte[]> response = get(base + "/0123456789abcdef0123456789abcdef.wav");

        // then
        assertThat(response.statusCode()).isEqualTo(404);
    }

    @Test
    void shouldRefuseNamesThatAreNotPromptHashes() throws Exception {
        // given: a file that exists but is no prompt, and one outside the media directory
        Files.writeString(media.directory().resolve("notes.txt"), "secret");
        Files.writeString(dir.resolve("outside.wav"), "secret");
        String base = start(List.of("127.0.0.1"));

        // when
        List<HttpResponse<byte[]>> responses = List.of(get(base + "/notes.txt"), get(base + "/..%2Foutside.wav"),
                get(base + "/%2E%2E%2Foutside.wav"), get(base + "/../outside.wav"));

        // then
        assertThat(responses).allSatisfy(response -> {
            assertThat(response.statusCode()).isIn(400, 404);
            assertThat(new String(response.body())).doesNotContain("secret");
        });
    }

    @Test
    void shouldServeAPromptSpeakingASecretOnlyUntilItHasBeenPlayed() throws Exception {
        // given
        String base = start(List.of("127.0.0.1"));
        PromptRenderer renderer = new SynthesizedPromptRenderer(SpeechEngines.tts(), cache, media,
                PromptRenderer.hashed("centralita"), new MediaHttp(true, "127.0.0.1", 0, base));
        PromptSegment.Speak readBack = new PromptSegment.Speak("You entered 4 3 2 1.", true);

        // when the one-time file is made, fetched while it plays, then discarded
        OneTimeSound sound = renderer.secretSoundFor(readBack, "en-US").orElseThrow();
        HttpResponse<byte[]> whilePlaying = get(sound.name());
        sound.close();
        HttpResponse<byte[]> afterwards = get(sound.name());

        // then it was served under a random name, never through the cache, and is gone
        assertThat(sound.name()).matches(java.util.regex.Pattern.quote(base) + "/[0-9a-f]{32}\\.wav");
        assertThat(whilePlaying.statusCode()).isEqualTo(200);
        assertThat(whilePlaying.body()).hasSizeGreaterThan(1000);
        assertThat(afterwards.statusCode()).isEqualTo(404);
        assertThat(cache.contains(readBack.text(), "en-US")).isFalse();
        try (java.util.stream.Stream<Path> left = Files.list(media.directory())) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void shouldNeverCacheNorNameByHashAPromptSpeakingASecret() {
        // given
        PromptRenderer renderer = new SynthesizedPromptRenderer(SpeechEngines.tts(), cache, media,
                PromptRenderer.hashed("centralita"));
        PromptSegment.Speak readBack = new PromptSegment.Speak("You entered 4 3 2 1.", true);

        // when / then: the caching path refuses it, and a language without a voice gets no file at all
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> renderer.soundFor(readBack, "en-US"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("4 3 2 1");
        assertThat(renderer.secretSoundFor(readBack, "zu-ZA")).isEmpty();
        assertThat(cache.contains(readBack.text(), "en-US")).isFalse();
        assertThat(readBack.toString()).doesNotContain("4 3 2 1");
    }

    private String published(String text) {
        return Path.of(media.publish(cache.audioFor(text, "en-US")) + ".wav").getFileName().toString();
    }
}
