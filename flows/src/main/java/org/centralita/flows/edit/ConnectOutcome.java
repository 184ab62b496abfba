package org.centralita.flows.edit;

import java.util.List;

/**
 * Connects an outcome of a node to a node of the same flow, or reconnects it (the target is
 * replaced where it is written), or disconnects it when the target is null.
 */
public final class ConnectOutcome extends SetField {

    private final Outcome outcome;
    private final String target;

    public ConnectOutcome(FlowDocument document, String nodeId, Outcome outcome, String target) {
        super(document, nodeId, outcome.path(), target);
        this.outcome = outcome;
        this.target = target;
    }

    @Override
    public String label() {
        return target == null ? "Disconnect " + describe(outcome.path()) + " of node '" + nodeId() + "'"
                : "Connect " + describe(outcome.path()) + " of node '" + nodeId() + "' to '" + target + "'";
    }

    @Override
    protected List<DocumentChange> plan() {
        if (target != null && document().flow().node(target).isEmpty()) {
            throw new EditException("there is no node '" + target + "' in this flow to connect to");
        }
        return super.plan();
    }
}
