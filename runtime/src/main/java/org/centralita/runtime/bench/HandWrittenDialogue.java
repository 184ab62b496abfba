package org.centralita.runtime.bench;

import java.util.List;

import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiException;
import org.asteriskjava.fastagi.AgiRequest;
import org.asteriskjava.fastagi.BaseAgiScript;

/**
 * The benchmark's dialogue written by hand as an Asterisk-Java script, the way a telephony
 * engineer would without Centralita: the same AGI commands in the same order as the flow, and
 * the same channel variables for the dialplan's queue hand-off. The comparison baseline.
 */
final class HandWrittenDialogue extends BaseAgiScript {
    private static final String KEYS = BenchDialogue.ALL_KEYS;

    /** The sound files it plays, as STREAM FILE and GET DATA name them. */
    record Prompts(String welcome, String menu, String news, String account) {
        /** The files the runtime's default hashed renderer names (the in-process benchmark). */
        static Prompts hashed() {
            return new Prompts(BenchDialogue.sound(BenchDialogue.WELCOME_TEXT), BenchDialogue.sound(BenchDialogue.MENU_TEXT),
                    BenchDialogue.sound(BenchDialogue.NEWS_TEXT), BenchDialogue.sound(BenchDialogue.ACCOUNT_TEXT));
        }

        List<String> all() {
            return List.of(welcome, menu, news, account);
        }
    }

    private final ServerWork work;
    private final Prompts prompts;

    HandWrittenDialogue(ServerWork work) {
        this(work, Prompts.hashed());
    }

    /** @param work counts the calls and their threads' work; null counts nothing (a server in its own process) */
    HandWrittenDialogue(ServerWork work, Prompts prompts) {
        this.work = work;
        this.prompts = prompts;
    }

    @Override
    public void service(AgiRequest request, AgiChannel channel) throws AgiException {
        if (work != null) {
            work.callStarted();
        }
        try {
            answer();
            streamFile(prompts.welcome(), KEYS);
            int rounds = 0;
            char key = menu();
            while (key == '9') {
                streamFile(prompts.news(), KEYS);
                rounds++;
                key = menu();
            }
            if (key != '1') {
                hangup();
                return;
            }
            String account = getData(prompts.account(), BenchDialogue.INPUT_TIMEOUT_MS, BenchDialogue.ACCOUNT_DIGITS);
            if (account.length() == BenchDialogue.ACCOUNT_DIGITS) {
                waitForDigit(BenchDialogue.TERMINATOR_GRACE_MS); // a '#' after the last digit must not leak on
            }
            queue(request, account, rounds);
        } finally {
            if (work != null) {
                work.callEnded();
            }
        }
    }

    private char menu() throws AgiException {
        char key = streamFile(prompts.menu(), KEYS);
        return key != 0 ? key : waitForDigit(BenchDialogue.INPUT_TIMEOUT_MS);
    }

    private void queue(AgiRequest request, String account, int rounds) throws AgiException {
        boolean priority = account.startsWith("9");
        String level = priority ? "8" : "2";
        setVariable("CENTRALITA_QUEUE", priority ? BenchDialogue.PRIORITY_QUEUE : BenchDialogue.STANDARD_QUEUE);
        setVariable("CENTRALITA_PRIORITY", level);
        setVariable("QUEUE_PRIO", level);
        setVariable("CENTRALITA_TIMEOUT", priority ? "120" : "300");
        setVariable("CENTRALITA_ANNOUNCE_POSITION", "no");
        setVariable("__CENTRALITA_CTX_ACCOUNT", account);
        setVariable("__CENTRALITA_CTX_SEGMENT", priority ? "priority" : "retail");
        setVariable("__CENTRALITA_CTX_ROUNDS", Integer.toString(rounds));
        setVariable("CENTRALITA_CALL_ID", request.getUniqueId());
        setVariable("CENTRALITA_STATUS", "QUEUE");
    }
}
