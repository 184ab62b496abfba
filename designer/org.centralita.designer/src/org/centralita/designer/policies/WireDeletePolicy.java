package org.centralita.designer.policies;

import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.ConnectionEditPolicy;
import org.eclipse.gef.requests.GroupRequest;

/** Disconnects an outcome (deleting its connection leaves the outcome unconnected). */
public final class WireDeletePolicy extends ConnectionEditPolicy {

    @Override
    protected Command getDeleteCommand(GroupRequest request) {
        return null;
    }
}
