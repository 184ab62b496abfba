package org.centralita.runtime.bench;

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
    private static final String WELCOME = BenchDialogue.sound(BenchDialogue.WELCOME_TEXT);
    private static final String MENU = BenchDialogue.sound(BenchDialogue.MENU_TEXT);
    private static final String NEWS = BenchDialogue.sound(BenchDialogue.NEWS_TEXT);
    private static final String ACCOUNT = BenchDialogue.sound(BenchDialogue.ACCOUNT_TEXT);
    private static final String KEYS = BenchDialogue.ALL_KEYS;

    private final ServerWork work;

    HandWrittenDialogue(ServerWork work) {
        this.work = work;
    }

    @Override
    public void service(AgiRequest request, AgiChannel channel) throws AgiException {
        work.callStarted();
        try {
            answer();
            streamFile(WELCOME, KEYS);
            int rounds = 0;
            char key = menu();
            while (key == '9') {
                streamFile(NEWS, KEYS);
                rounds++;
                key = menu();
            }
            if (key != '1') {
                hangup();
                return;
            }
            String account = getData(ACCOUNT, BenchDialogue.INPUT_TIMEOUT_MS, BenchDialogue.ACCOUNT_DIGITS);
            if (account.length() == BenchDialogue.ACCOUNT_DIGITS) {
                waitForDigit(BenchDialogue.TERMINATOR_GRACE_MS); // a '#' after the last digit must not leak on
            }
            queue(request, account, rounds);
        } finally {
            work.callEnded();
        }
    }

    private char menu() throws AgiException {
        char key = streamFile(MENU, KEYS);
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
