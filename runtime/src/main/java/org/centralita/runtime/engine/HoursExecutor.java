package org.centralita.runtime.engine;

import java.util.Locale;
import org.centralita.flows.calendar.CalendarState;
import org.centralita.flows.executable.HoursNode;

/** Routes by the calendar's state at the call's clock: open, closed, or holiday (closed when not given). */
final class HoursExecutor implements NodeExecutor<HoursNode> {

    @Override
    public Class<HoursNode> nodeClass() {
        return HoursNode.class;
    }

    @Override
    public Step execute(HoursNode node, Call call) {
        CalendarState state = node.calendar().stateAt(call.clock().instant());
        call.trace().hours(node.id(), node.calendarId(), state.name().toLowerCase(Locale.ROOT));
        return switch (state) {
            case OPEN -> Step.toOutcome(node.open(), "open");
            case HOLIDAY -> node.holiday() != null ? Step.next(node.holiday()) : Step.toOutcome(node.closed(), "closed");
            case CLOSED -> Step.toOutcome(node.closed(), "closed");
        };
    }
}
