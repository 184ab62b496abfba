package org.centralita.runtime.savedcalls;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.centralita.runtime.sim.CallerAction;
import org.centralita.runtime.sim.HandoffPlan;

/**
 * One saved test call of a {@code NAME.calls.yaml} file: how the call is made (as
 * {@code simulate}'s options say it) and what it must do (the nodes entered, the end).
 *
 * @param file the calls file, as a report names it
 * @param line the line of the call's entry in the file
 * @param name the call's name, unique in the file
 * @param ani the caller's number ("" when not given)
 * @param dnis the number dialled ("" when not given)
 * @param at the call's clock, or null for the system clock
 * @param language the call's language, or null for the flow's first
 * @param variables flow variables preset before the first node
 * @param plan what queues and transfers do
 * @param script what the caller does at each wait (empty: the caller hangs up at the first wait)
 * @param path the ids of the nodes the call must enter, in order
 * @param end the outcome the call's end event must have
 */
public record SavedCall(String file, int line, String name, String ani, String dnis, ZonedDateTime at,
                        String language, Map<String, String> variables, HandoffPlan plan,
                        List<CallerAction> script, List<String> path, String end) {

    public SavedCall {
        variables = Map.copyOf(variables);
        script = List.copyOf(script);
        path = List.copyOf(path);
    }

    /** Where the call is written: {@code file:line}. */
    public String where() {
        return file + ":" + line;
    }
}
