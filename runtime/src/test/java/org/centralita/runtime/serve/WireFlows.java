package org.centralita.runtime.serve;

/** Small flows whose AGI commands the wire tests read: menus, inputs, say segments, recordings. */
final class WireFlows {

    private WireFlows() {
    }

    /** "choice" (or "choice-quiet", without barge-in): a menu, 1 ends at 'one', 2 at 'two'. */
    static String menu(String id, boolean bargeIn) {
        return """
                centralita: 1
                id: %s
                start: ask
                nodes:
                  ask:
                    type: menu
                    prompt: "For sales press 1, for support press 2."
                    barge-in: %s
                    options:
                      "1": {next: one}
                      "2": {next: two}
                    max-retries: none
                  one: {type: hangup, prompt: "You chose sales."}
                  two: {type: hangup, prompt: "You chose support."}
                  none: {type: hangup}
                """.formatted(id, bargeIn);
    }

    /** "timing": four digits (own time-out 4 s, inter-digit from defaults), then a menu with the defaults' 6 s. */
    static final String TIMING = """
            centralita: 1
            id: timing
            defaults: {timeout: 6s, inter-digit-timeout: 2s}
            variables:
              account: {type: digits}
            start: ask-account
            nodes:
              ask-account:
                type: input
                prompt: "Enter your account number."
                max-digits: 4
                timeout: 4s
                store: account
                next: choose
                max-retries: bye
              choose:
                type: menu
                prompt: "Press 1 to finish."
                options:
                  "1": {next: bye}
                max-retries: bye
              bye: {type: hangup, prompt: "Thank you."}
            """;

    /** "quick-entry": inputs whose time-outs are equal, so each is one GET DATA. */
    static final String QUICK_ENTRY = """
            centralita: 1
            id: quick-entry
            defaults: {timeout: 7s, inter-digit-timeout: 7s}
            variables:
              code: {type: digits}
            start: ask-code
            nodes:
              ask-code: {type: input, prompt: "Enter the code.", max-digits: 6, store: code, next: ask-again,
                         max-retries: bye}
              ask-again: {type: input, prompt: "Enter it again.", max-digits: 3, timeout: 3s,
                          inter-digit-timeout: 3s, store: code, next: bye, max-retries: bye}
              bye: {type: hangup}
            """;

    /** "read-back": digits, a number and a date read out, without then with barge-in. */
    static final String READ_BACK = """
            centralita: 1
            id: read-back
            variables:
              account: {type: digits, default: "12345678"}
              amount: {type: number, default: 42}
              due: {type: date, default: "2026-12-25"}
            start: read
            nodes:
              read:
                type: play
                barge-in: false
                prompt:
                  - "Account"
                  - {say-digits: account}
                  - "owes"
                  - {say-number: amount}
                  - "by"
                  - {say-date: due}
                next: again
              again:
                type: play
                prompt: [{say-number: amount + 1000}]
                next: bye
              bye: {type: hangup}
            """;

    /** "message": a recording with every field given, then one with the defaults (no beep). */
    static final String MESSAGE = """
            centralita: 1
            id: message
            variables:
              message: {type: text}
            start: leave
            nodes:
              leave:
                type: record
                prompt: "Leave your message after the tone."
                max-duration: 20s
                beep: true
                silence: 2s
                terminator: "*"
                store: message
                next: plain
              plain: {type: record, beep: false, next: bye}
              bye: {type: hangup}
            """;

    /**
     * A flow whose {@code compute} node fails (a word assigned to a number) after a welcome; with
     * {@code onError}, the flow's on-error node {@code sorry} fails the same way.
     */
    static String failing(String id, boolean onError) {
        return """
                centralita: 1
                id: %s
                %s
                variables:
                  count: {type: number}
                start: hello
                nodes:
                  hello: {type: play, prompt: "Welcome.", next: compute}
                  compute: {type: set, assign: {count: '"many"'}, next: bye}
                  sorry: {type: set, assign: {count: '"again"'}, next: bye}
                  bye: {type: hangup, prompt: "Goodbye."}
                """.formatted(id, onError ? "on-error: sorry" : "");
    }
}
