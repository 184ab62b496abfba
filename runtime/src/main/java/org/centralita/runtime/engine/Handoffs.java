package org.centralita.runtime.engine;

import java.util.Locale;
import org.centralita.runtime.channel.HandoffResult;

/** Shared wording for hand-off results. */
final class Handoffs {

    private Handoffs() {
    }

    /** The result as the trace writes it: {@code delivered}, {@code no-answer}, ... */
    static String traceName(HandoffResult result) {
        return result.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A failure for a result the node cannot go on from. */
    static Step failed(String what, HandoffResult result) {
        return Step.fail(what + " did not succeed (" + traceName(result) + ")");
    }
}
