package org.centralita.runtime.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.centralita.runtime.agi.simulator.AgiStatus;
import org.centralita.runtime.agi.simulator.ChannelSetup;
import org.centralita.runtime.agi.simulator.SimulatedCall;
import org.centralita.runtime.agi.simulator.SoundLibrary;
import org.centralita.runtime.cli.Main;
import org.centralita.runtime.speech.SpeechEngines;
import org.centralita.speech.audio.AudioFiles;
import org.centralita.speech.audio.SpeechAudio;
import org.centralita.speech.tts.EspeakNgSynthesizer;
import org.centralita.speech.tts.LanguageVoices;
import org.centralita.speech.tts.PromptCache;
import org.centralita.speech.tts.PromptFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What real callers met on a real Asterisk 22 (issue 14), on the wire of the simulated Asterisk
 * over a real socket: amounts, dates and numbers said in full in the call's language exactly as
 * simulate says them; Spanish prompts spoken by espeak-ng; a recording Asterisk cannot find
 * taking the error path untraced; the '#' keyed after the most digits swallowed; a flow in a
 * language without a voice refused. The PBX here has only the files that really exist: the
 * synthesized prompts on disk and the core sounds.
 */
class RealCallersOverAgiTest {

    private static final String EN = "one thousand five hundred twenty dollars and seventy-five cents"
            + "|December twenty-fifth, twenty twenty-six|two point five";
    private static final String ES = "mil quinientos veinte dólares con setenta y cinco centavos"
            + "|veinticinco de diciembre de dos mil veintiséis|dos coma cinco";

    @TempDir
    static Path directory;
    private static ServedRuntime runtime;

    @BeforeAll
    static void startRuntime() throws Exception {
        runtime = ServedRuntime.serving(directory, Map.of("balance-en.flow.yaml", balance("balance-en", "en-US"),
                "balance-es.flow.yaml", balance("balance-es", "es-ES"), "menu-es.flow.yaml", MENU_ES,
                "missing-recording.flow.yaml", MISSING_RECORDING, "missing-apology.flow.yaml", MISSING_APOLOGY,
                "account.flow.yaml", ACCOUNT));
    }

    @AfterAll
    static void stopRuntime() {
        runtime.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"balance-en, en-US", "balance-es, es-ES"})
    void shouldSayTheBalanceInFullOverAgiAsSimulateDoes(String flow, String language) throws Exception {
        // given the words a person says for 1520.75 USD, 2026-12-25 and 2.5 in the flow's language
        List<String> words = Arrays.asList((language.equals("en-US") ? EN : ES).split("\\|"));

        // when the caller calls over AGI, and the same flow is simulated
        WireLog wire = WireLog.of((command, line, script) -> { });
        SimulatedCall call = runtime.call(flow, realFilesOnly(), wire.script());
        assertThat(call.awaitStatus(ServedRuntime.CALL_END)).isEqualTo(AgiStatus.HANGUP);
        String served = promptText(runtime.trace(call.uniqueId()), "read");
        String simulated = promptText(simulate(flow, ""), "read");

        // then the trace says the words in full, the same as simulate
        assertThat(served).isEqualTo(String.join(" ", words)).isEqualTo(simulated);
        // and Asterisk streamed the audio of exactly those words, one synthesized file each
        PromptCache cache = runtimeCache();
        assertThat(streamedFiles(wire)).containsExactlyElementsOf(words.stream()
                .map(said -> stem(cache.audioFor(said, language))).toList());
        assertThat(wire.named("SAY NUMBER")).isEmpty();
        assertThat(wire.named("SAY DATE")).isEmpty();
    }

    @Test
    void shouldStreamSpanishPromptsSynthesizedByEspeakNg() throws Exception {
        // given espeak-ng, the voice for the languages FreeTTS lacks
        EspeakNgSynthesizer espeak = EspeakNgSynthesizer.installed().orElseThrow(() ->
                new AssertionError("espeak-ng is not installed (.ci/run installs it: apt-get install espeak-ng)"));
        PromptCache espeakOnly = new PromptCache(directory.resolve("espeak-cache"),
                new LanguageVoices(List.of(new LanguageVoices.Route(LanguageVoices.ANY, espeak, null)), () -> { }),
                null, PromptFormat.WAV, 1L << 26);

        // when a Spanish caller reaches the menu and presses 1
        WireLog wire = WireLog.of((command, line, script) -> {
            if (line.startsWith("GET DATA") || line.startsWith("STREAM FILE") && line.endsWith("\"0123456789*#\"")) {
                script.press(command, 200, '1');
            }
        });
        SimulatedCall call = runtime.call("menu-es", realFilesOnly(), wire.script());
        assertThat(call.awaitStatus(ServedRuntime.CALL_END)).isEqualTo(AgiStatus.HANGUP);

        // then the menu was streamed as espeak-ng's es voice speaking it, in 8 kHz telephone audio
        String menu = "Para citas, oprima uno.";
        String streamed = fileOf(wire.commands().stream().filter(l -> l.startsWith("GET DATA") || l.startsWith("STREAM FILE"))
                .findFirst().orElseThrow());
        assertThat(Path.of(streamed).getFileName().toString()).isEqualTo(stem(espeakOnly.audioFor(menu, "es-ES")));
        SpeechAudio audio = AudioFiles.readWav(Path.of(streamed + ".wav"));
        assertThat(audio.sampleRate()).isEqualTo(AudioFiles.TELEPHONE_RATE);
        assertThat(audio.duration().toMillis()).isBetween(800L, 5000L);
        assertThat(audio.rms()).isGreaterThan(300);
        // and the caller's choice took the menu's option, the prompt traced as heard
        List<Map<String, Object>> trace = runtime.trace(call.uniqueId());
        assertThat(promptText(trace, "menu")).isEqualTo(menu);
        assertThat(trace).anySatisfy(e -> assertThat(e).containsEntry("event", "input").containsEntry("value", "1"));
        assertThat(trace).anySatisfy(e -> assertThat(e).containsEntry("event", "enter").containsEntry("node", "citas"));
    }

    @Test
    void shouldTakeTheErrorPathAndNotTraceAPromptWhoseFileIsMissing() throws Exception {
        // given a menu whose recording the PBX does not have
        WireLog wire = WireLog.of((command, line, script) -> { });

        // when a caller reaches it
        SimulatedCall call = runtime.call("missing-recording", realFilesOnly(), wire.script());
        call.awaitStatus(ServedRuntime.CALL_END);

        // then Asterisk was asked for it once, the menu did not wait for a choice nobody heard
        assertThat(wire.commands()).anyMatch(l -> l.contains("grabaciones/menu-principal"));
        assertThat(wire.named("WAIT FOR DIGIT")).isEmpty();
        // and the trace never shows it heard: an error, then the node's error outcome, spoken
        List<Map<String, Object>> trace = runtime.trace(call.uniqueId());
        assertThat(trace).noneSatisfy(e -> assertThat(e).containsEntry("event", "prompt").containsEntry("node", "menu"));
        assertThat(trace).anySatisfy(e -> assertThat(e).containsEntry("event", "error").containsEntry("node", "menu")
                .hasEntrySatisfying("message", m -> assertThat((String) m).contains("grabaciones/menu-principal")));
        assertThat(promptText(trace, "sorry")).isEqualTo("Lo sentimos, no podemos atenderle ahora. Adiós.");
        assertThat(call.variables()).containsEntry("CENTRALITA_STATUS", "HANGUP");
    }

    @Test
    void shouldApologiseAndTellTheDialplanErrorWhenANodeWithoutErrorPathCannotPlay() throws Exception {
        // given a menu whose recording the PBX does not have, with no error outcome and no on-error node
        WireLog wire = WireLog.of((command, line, script) -> { });

        // when a caller reaches it
        SimulatedCall call = runtime.call("missing-apology", realFilesOnly(), wire.script());
        call.awaitStatus(ServedRuntime.CALL_END);

        // then the caller hears the built-in apology, never silence, and the dialplan is told ERROR
        List<Map<String, Object>> trace = runtime.trace(call.uniqueId());
        assertThat(promptText(trace, "menu")).isEqualTo("Sorry, we cannot take your call right now. Goodbye.");
        assertThat(trace.get(trace.size() - 1)).containsEntry("outcome", "error");
        assertThat(call.variables()).containsEntry("CENTRALITA_STATUS", "ERROR");
        assertThat(wire.named("STREAM FILE")).hasSize(2);
    }

    @Test
    void shouldSwallowTheTerminatorKeyedAfterTheMostDigits() throws Exception {
        // given a caller who keys the ten digits, then '#' as the prompt asked, then 1 at the menu
        String keys = "0123456789#,1";

        // when the call runs over AGI and in simulate
        SimulatedCall call = runtime.call("account", realFilesOnly(), KeysCaller.of(keys));
        assertThat(call.awaitStatus(ServedRuntime.CALL_END)).isEqualTo(AgiStatus.HANGUP);
        List<Map<String, Object>> served = runtime.trace(call.uniqueId());

        // then the '#' answered nothing: the account has its ten digits and the menu heard 1, as in simulate
        assertThat(inputs(served)).containsExactly("account=0123456789", "confirm=1");
        assertThat(served).noneSatisfy(e -> assertThat(e).containsEntry("event", "no-match"));
        assertThat(inputs(served)).isEqualTo(inputs(simulate("account", keys)));
        assertThat(served.get(served.size() - 1)).containsEntry("outcome", "hangup");
    }

    @Test
    void shouldRefuseToPublishOrValidateAFlowInALanguageWithoutAVoice() throws Exception {
        // given a flow in Zulu, which neither FreeTTS nor espeak-ng speaks, with text prompts and no recordings
        Path file = Files.writeString(directory.resolve("zulu.flow.yaml"), ZULU);

        // when it is published to the runtime and validated on the command line
        HttpResponse<String> published = runtime.publish(Map.of("zulu.flow.yaml", ZULU));
        StringWriter err = new StringWriter();
        int validated = Main.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), "validate",
                file.toString());

        // then both refuse it, naming the place and the fix
        String problem = "'prompt' has neither a text-to-speech voice nor a recording for language 'zu-ZA'";
        assertThat(published.statusCode()).isEqualTo(400);
        assertThat(published.body()).contains(problem).doesNotContain("Exception");
        assertThat(validated).isEqualTo(1);
        assertThat(err.toString()).contains("zulu.flow.yaml:8:13: error: node 'hello': " + problem);
    }

    private static ChannelSetup realFilesOnly() {
        return new ChannelSetup().sounds(SoundLibrary.coreSounds());
    }

    /** The runtime's own prompt cache, read with the same voices: a hit names the file a call streamed. */
    private static PromptCache runtimeCache() {
        return new PromptCache(directory.resolve("runtime/prompts"), SpeechEngines.tts(), null, PromptFormat.WAV, 1L << 28);
    }

    private static List<String> streamedFiles(WireLog wire) {
        return wire.commands().stream().filter(l -> l.startsWith("STREAM FILE") || l.startsWith("GET DATA"))
                .map(RealCallersOverAgiTest::fileOf).map(f -> Path.of(f).getFileName().toString()).toList();
    }

    private static String fileOf(String command) {
        return WireLog.words(command).get(2);
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }

    private static String promptText(List<Map<String, Object>> trace, String node) {
        return trace.stream().filter(e -> "prompt".equals(e.get("event")) && node.equals(e.get("node")))
                .map(e -> (String) e.get("text")).findFirst().orElseThrow(() -> new AssertionError("no prompt of " + node));
    }

    private static List<String> inputs(List<Map<String, Object>> trace) {
        return trace.stream().filter(e -> "input".equals(e.get("event"))).map(e -> e.get("node") + "=" + e.get("value"))
                .toList();
    }

    private static List<Map<String, Object>> simulate(String flow, String keys) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "simulate",
                directory.resolve("flows/" + flow + ".flow.yaml").toString(), "--keys", keys,
                "--config", directory.resolve("runtime/centralita.yaml").toString(), "--trace", "-");
        assertThat(status).as(err.toString()).isZero();
        return Arrays.stream(out.toString().split("\n")).filter(line -> !line.isBlank()).map(ServedRuntime::parse).toList();
    }

    private static String balance(String id, String language) {
        return """
                centralita: 1
                id: %s
                languages: [%s]
                variables:
                  balance: {type: number, default: 1520.75}
                  due: {type: date, default: "2026-12-25"}
                  rate: {type: number, default: 2.5}
                start: read
                nodes:
                  read:
                    type: play
                    barge-in: false
                    prompt:
                      - {say-money: balance, currency: USD}
                      - {say-date: due}
                      - {say-number: rate}
                    next: bye
                  bye: {type: hangup}
                """.formatted(id, language);
    }

    private static final String MENU_ES = """
            centralita: 1
            id: menu-es
            languages: [es-ES]
            start: menu
            nodes:
              menu:
                type: menu
                prompt: Para citas, oprima uno.
                options: {"1": {next: citas}}
                max-retries: citas
              citas: {type: hangup}
            """;

    /** A menu whose recording the PBX lacks, in es-ES with an error outcome that speaks, in en-US with none. */
    private static final String MISSING_RECORDING = missingMenu("missing-recording", "es-ES", "grabaciones/menu-principal",
            """
                error: sorry
              sorry: {type: hangup, prompt: "Lo sentimos, no podemos atenderle ahora. Adiós."}
            """);
    private static final String MISSING_APOLOGY = missingMenu("missing-apology", "en-US", "recordings/main-menu", "");

    private static String missingMenu(String id, String language, String recording, String errorPath) {
        return """
                centralita: 1
                id: %s
                languages: [%s]
                start: menu
                nodes:
                  menu:
                    type: menu
                    prompt: {audio: %s}
                    options: {"1": {next: bye}}
                    max-retries: bye
                %s  bye: {type: hangup}
                """.formatted(id, language, recording, errorPath);
    }

    private static final String ACCOUNT = """
            centralita: 1
            id: account
            languages: [en-US]
            defaults: {timeout: 5s, inter-digit-timeout: 5s}
            variables:
              account: {type: digits}
              choice: {type: digits}
            start: account
            nodes:
              account: {type: input, prompt: "Enter your ten digit account number, then press pound.", min-digits: 10,
                        max-digits: 10, store: account, next: confirm, max-retries: bye}
              confirm:
                type: menu
                prompt: "Press 1 to hear your balance."
                options: {"1": {next: bye}}
                max-retries: bye
              bye: {type: hangup}
            """;

    private static final String ZULU = """
            centralita: 1
            id: zulu
            languages: [zu-ZA]
            start: hello
            nodes:
              hello:
                type: play
                prompt: Sawubona.
                next: bye
              bye: {type: hangup}
            """;
}
