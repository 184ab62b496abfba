package org.centralita.flows.compile;

import org.centralita.flows.executable.ExecutableNode;
import org.centralita.flows.executable.HoursNode;

/** Compiles {@code hours} nodes; a left-out {@code holiday} outcome is {@code closed}. */
final class HoursStep implements NodeStep {
    @Override
    public ExecutableNode compile(NodeContext node) {
        String calendarId = node.text("calendar");
        String closed = node.outcome("closed");
        String holiday = node.outcome("holiday");
        return new HoursNode(node.id(), calendarId,
                calendarId == null ? null : node.flow().session().calendar(calendarId, node),
                node.outcome("open"), closed, holiday == null ? closed : holiday, node.outcome("error"));
    }
}
