package org.centralita.runtime.bench;

import java.util.Map;

import org.centralita.runtime.agi.PromptRenderer;
import org.centralita.runtime.agi.simulator.CallerScript;
import org.centralita.runtime.agi.simulator.SoundLibrary;
import org.centralita.runtime.channel.PromptSegment;

/**
 * The dialogue every benchmark call has, in both implementations: answer, a welcome prompt with
 * barge-in, a menu where the caller asks {@code rounds} times for the news (a key during the
 * prompt), then, after the whole menu prompt, presses 1 (WAIT FOR DIGIT), enters an eight-digit
 * account (GET DATA, then the short WAIT FOR DIGIT that swallows a terminator), and is handed to a queue chosen by the account's first digit, with the
 * account, segment and rounds as the agent's context. The rounds make a call last as long as
 * the benchmark needs to hold it, with AGI commands flowing all along.
 */
final class BenchDialogue {
    static final String FLOW_ID = "agi-bench";
    static final String LANGUAGE = "en-US";
    static final String ALL_KEYS = "0123456789*#";
    static final int INPUT_TIMEOUT_MS = 5000;
    static final int ACCOUNT_DIGITS = 8;
    /** The wait for a '#' after the most digits, as the runtime's DigitCollector does it. */
    static final int TERMINATOR_GRACE_MS = 800;
    static final String PRIORITY_QUEUE = "priority-banking";
    static final String STANDARD_QUEUE = "retail-banking";

    static final String WELCOME_TEXT = "Welcome to Acme Bank. Calls are recorded to improve our service.";
    static final String MENU_TEXT = "For your accounts, press 1. To hear today's news, press 9.";
    static final String NEWS_TEXT = "Our branches now open at nine on Saturdays. Mobile payments are free this month.";
    static final String ACCOUNT_TEXT = "Please enter your eight-digit account number.";

    /** Virtual milliseconds of each prompt and of the caller's reactions. */
    private static final int WELCOME_MS = 2500;
    private static final int MENU_MS = 3000;
    private static final int NEWS_MS = 3000;
    private static final int ACCOUNT_MS = 2000;
    private static final int NEWS_KEY_AT_MS = 1500;
    private static final int MENU_KEY_AFTER_PROMPT_MS = 700;
    private static final int FIRST_DIGIT_AT_MS = 1200;
    private static final int DIGIT_GAP_MS = 250;
    private static final int ANSWER_MS = 20;
    private static final int FIXED_MS = ANSWER_MS + WELCOME_MS + MENU_MS + MENU_KEY_AFTER_PROMPT_MS
            + FIRST_DIGIT_AT_MS + (ACCOUNT_DIGITS - 1) * DIGIT_GAP_MS;
    private static final int ROUND_MS = NEWS_KEY_AT_MS + NEWS_MS;

    private static final PromptRenderer SOUNDS = PromptRenderer.hashed("centralita");

    private BenchDialogue() {
    }

    /** The sound file a prompt's text is cached as, as the runtime's default renderer names it. */
    static String sound(String text) {
        return SOUNDS.soundFor(new PromptSegment.Speak(text), LANGUAGE);
    }

    /** The prompts' sound files with their lengths. */
    static SoundLibrary sounds() {
        return sounds(HandWrittenDialogue.Prompts.hashed());
    }

    /** The prompts' sound files, named otherwise (as a served runtime's prompt cache names them), with their lengths. */
    static SoundLibrary sounds(HandWrittenDialogue.Prompts prompts) {
        return new SoundLibrary().add(prompts.welcome(), WELCOME_MS * 8).add(prompts.menu(), MENU_MS * 8)
                .add(prompts.news(), NEWS_MS * 8).add(prompts.account(), ACCOUNT_MS * 8);
    }

    /** News rounds that make a call last about {@code callMs} virtual milliseconds. */
    static int roundsFor(long callMs) {
        return (int) Math.max(0, Math.ceil((callMs - FIXED_MS) / (double) ROUND_MS));
    }

    /** How long a call with that many rounds lasts, in virtual milliseconds (server time aside). */
    static long lengthMs(int rounds) {
        return FIXED_MS + (long) rounds * ROUND_MS;
    }

    /** The account call {@code index} enters: every other call starts with 9, the priority segment. */
    static String account(int index) {
        return (index % 2 == 0 ? "9" : "1") + String.format("%07d", index % 10_000_000);
    }

    /** The caller of call {@code index}, its actions counted by AGI command as both servers send them. */
    static CallerScript caller(int index, int rounds) {
        CallerScript script = CallerScript.silent();
        int command = 3; // 1 ANSWER, 2 STREAM FILE welcome
        for (int round = 0; round < rounds; round++) {
            script.press(command, NEWS_KEY_AT_MS, '9'); // STREAM FILE menu, interrupted
            command += 2; // then STREAM FILE news, played whole
        }
        script.press(command + 1, MENU_KEY_AFTER_PROMPT_MS, '1'); // menu played whole, then WAIT FOR DIGIT
        String account = account(index);
        for (int i = 0; i < account.length(); i++) {
            script.press(command + 2, FIRST_DIGIT_AT_MS + (long) i * DIGIT_GAP_MS, account.charAt(i)); // GET DATA
        }
        return script;
    }

    /** The channel variables call {@code index} must leave behind (the call id aside). */
    static Map<String, String> expectedVariables(int index, int rounds) {
        String account = account(index);
        boolean priority = account.startsWith("9");
        return Map.of("CENTRALITA_STATUS", "QUEUE",
                "CENTRALITA_QUEUE", priority ? PRIORITY_QUEUE : STANDARD_QUEUE,
                "CENTRALITA_PRIORITY", priority ? "8" : "2",
                "CENTRALITA_TIMEOUT", priority ? "120" : "300",
                "__CENTRALITA_CTX_ACCOUNT", account,
                "__CENTRALITA_CTX_SEGMENT", priority ? "priority" : "retail",
                "__CENTRALITA_CTX_ROUNDS", Integer.toString(rounds));
    }

    /** The flow Centralita runs: the same dialogue as {@link HandWrittenDialogue}. */
    static String flowYaml() {
        return """
                centralita: 1
                id: %s
                name: AGI load benchmark dialogue
                languages: [%s]
                start: welcome
                defaults:
                  timeout: 5s
                  inter-digit-timeout: 5s
                  retries: 2
                  barge-in: true
                  terminator: "#"
                variables:
                  rounds:  {type: number, default: 0}
                  account: {type: digits}
                  segment: {type: text, default: retail}
                prompts:
                  welcome: {%2$s: "%s"}
                  menu:    {%2$s: "%s"}
                  news:    {%2$s: "%s"}
                  account: {%2$s: "%s"}
                nodes:
                  welcome: {type: play, prompt: welcome, next: main-menu}
                  main-menu:
                    type: menu
                    prompt: menu
                    options:
                      "1": {next: ask-account}
                      "9": {next: news}
                    max-retries: goodbye
                  news: {type: play, prompt: news, next: count-round}
                  count-round: {type: set, assign: {rounds: rounds + 1}, next: main-menu}
                  ask-account:
                    type: input
                    mode: digits
                    prompt: account
                    min-digits: %d
                    max-digits: %7$d
                    store: account
                    next: choose-queue
                    max-retries: goodbye
                  choose-queue:
                    type: decision
                    branches:
                      - {when: 'account.startsWith("9")', next: priority-segment}
                    else: standard-queue
                  priority-segment: {type: set, assign: {segment: '"priority"'}, next: priority-queue}
                  priority-queue:
                    type: queue
                    queue: %s
                    priority: 8
                    timeout: 2m
                    context: {account: account, segment: segment, rounds: rounds}
                    overflow: goodbye
                  standard-queue:
                    type: queue
                    queue: %s
                    priority: 2
                    timeout: 5m
                    context: {account: account, segment: segment, rounds: rounds}
                    overflow: goodbye
                  goodbye: {type: hangup}
                """.formatted(FLOW_ID, LANGUAGE, WELCOME_TEXT, MENU_TEXT, NEWS_TEXT, ACCOUNT_TEXT, ACCOUNT_DIGITS,
                PRIORITY_QUEUE, STANDARD_QUEUE);
    }
}
