package org.centralita.runtime.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.centralita.runtime.agi.simulator.AgiStatus;
import org.centralita.runtime.agi.simulator.CallerScript;
import org.centralita.runtime.agi.simulator.SimulatedCall;
import org.centralita.runtime.speech.SpeechEngines;
import org.centralita.speech.tts.PromptCache;
import org.centralita.speech.tts.PromptFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PIN read back to the caller, through a whole runtime over the AGI wire: the caller hears it
 * from a file made for that one STREAM FILE, and after the call neither the prompt cache nor the
 * shared media directory holds its audio, under its hash name or any other.
 */
class ServedSecretPromptTest {

    private static final String PIN = "4321";
    private static final String READ_BACK = "You entered " + PIN + ". Your code is " + PIN + ".";
    private static final String FLOW = """
            centralita: 1
            id: pin-readback
            start: ask-pin
            variables:
              pin: {type: digits, sensitive: true}
              code: {type: text}
            nodes:
              ask-pin: {type: input, prompt: "Enter your PIN.", min-digits: 4, max-digits: 4, store: pin,
                        next: copy, max-retries: bye}
              copy: {type: set, assign: {code: pin}, next: say}
              say: {type: play, prompt: "You entered ${pin}. Your code is ${code}.", next: bye}
              bye: {type: hangup, prompt: "Goodbye."}
            """;
    private static final Pattern STREAM_FILE = Pattern.compile("(?i)^STREAM FILE \"?([^\" ]+)\"?");
    private static final Pattern ONE_TIME_NAME = Pattern.compile("[0-9a-f]{32}");

    @TempDir
    Path directory;

    private ServedRuntime runtime;
    private final List<String> wire = new CopyOnWriteArrayList<>();
    /** The bytes of each file STREAM FILE named, read while Asterisk was playing it. */
    private final Map<String, byte[]> heard = new ConcurrentHashMap<>();

    @BeforeEach
    void start() throws Exception {
        Files.createDirectories(directory.resolve("flows"));
        Files.writeString(directory.resolve("flows/pin-readback.flow.yaml"), FLOW);
        runtime = ServedRuntime.start(directory.resolve("runtime"), directory.resolve("flows"),
                "jdbc:h2:" + directory.resolve("records"), "", name -> null);
    }

    @AfterEach
    void stop() {
        runtime.close();
    }

    @Test
    void shouldSpeakAReadBackPinFromAOneTimeFileThatNoDirectoryKeeps() throws Exception {
        // when a caller keys the PIN and hears it read back
        SimulatedCall call = callHearingTheReadBack(false);

        // then (see callHearingTheReadBack) the prompts without a secret are cached as before
        assertThat(storedFiles()).isNotEmpty();
        // and the trace shows the read-back masked, the wire never the PIN
        assertThat(runtime.trace(call.uniqueId())).anySatisfy(event -> assertThat(event)
                .containsEntry("event", "prompt").containsEntry("text", "You entered ***. Your code is ***."));
        assertThat(wire).noneMatch(line -> line.contains(PIN));
    }

    @Test
    void shouldDeleteTheOneTimeFileWhenTheCallerHangsUpDuringTheReadBack() throws Exception {
        // when the caller hangs up while the PIN is read back
        SimulatedCall call = callHearingTheReadBack(true);

        // then (see callHearingTheReadBack) the file is gone all the same, and the call ended by the caller
        assertThat(runtime.trace(call.uniqueId())).last().satisfies(event -> assertThat(event)
                .containsEntry("event", "end").containsEntry("outcome", "caller-hangup"));
    }

    /**
     * Places the call, then checks that the caller heard the read-back from a file with a random
     * name, which is gone now, and that no file of the prompt cache or the media directory holds
     * its audio or has the name the cache would give it.
     */
    private SimulatedCall callHearingTheReadBack(boolean hangUpDuringIt) throws Exception {
        Path expected = readBackAsCached();
        SimulatedCall call = runtime.call("pin-readback", ServedRuntime.channel(),
                listening(KeysCaller.reaction(PIN), hangUpDuringIt));
        assertThat(call.awaitStatus(ServedRuntime.CALL_END)).isEqualTo(AgiStatus.HANGUP);
        assertNoStoredFileHolds(expected);
        String oneTime = oneTimeFileHeard();
        assertThat(heard.get(oneTime)).isEqualTo(Files.readAllBytes(expected));
        assertThat(Path.of(oneTime + ".wav")).doesNotExist();
        return call;
    }

    /** The caller {@code caller}, every line kept and every STREAM FILE's file read as it starts. */
    private CallerScript listening(CallerScript.Reaction caller, boolean hangUpAtOneTimeFile) {
        return CallerScript.silent().reacting((command, line, script) -> {
            wire.add(line);
            Matcher stream = STREAM_FILE.matcher(line);
            if (stream.find() && Files.isRegularFile(Path.of(stream.group(1) + ".wav"))) {
                heard.put(stream.group(1), read(Path.of(stream.group(1) + ".wav")));
                if (hangUpAtOneTimeFile && isOneTime(stream.group(1))) {
                    script.hangUp(command, 100);
                }
            }
            caller.commandStarted(command, line, script);
        });
    }

    private String oneTimeFileHeard() {
        List<String> oneTime = heard.keySet().stream().filter(ServedSecretPromptTest::isOneTime).toList();
        assertThat(oneTime).hasSize(1);
        return oneTime.get(0);
    }

    private static boolean isOneTime(String sound) {
        return ONE_TIME_NAME.matcher(Path.of(sound).getFileName().toString()).matches();
    }

    /** The read-back synthesized into a cache of our own, as the runtime's cache would store it. */
    private Path readBackAsCached() {
        PromptCache mine = new PromptCache(directory.resolve("expected"), SpeechEngines.tts(), null, PromptFormat.WAV,
                1L << 26);
        return mine.audioFor(READ_BACK, "en");
    }

    private void assertNoStoredFileHolds(Path expected) throws IOException {
        byte[] audio = Files.readAllBytes(expected);
        assertThat(storedFiles()).allSatisfy(file -> {
            assertThat(file.getFileName()).isNotEqualTo(expected.getFileName());
            assertThat(Arrays.equals(read(file), audio)).as("%s holds the read-back", file).isFalse();
        });
    }

    private List<Path> storedFiles() throws IOException {
        Path runtimeDirectory = directory.resolve("runtime");
        try (Stream<Path> prompts = Files.walk(runtimeDirectory.resolve("prompts"));
             Stream<Path> media = Files.walk(runtimeDirectory.resolve("media"))) {
            return Stream.concat(prompts, media).filter(Files::isRegularFile).toList();
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
