package org.centralita.designer.policies;

import org.eclipse.gef.editpolicies.ConnectionEndpointEditPolicy;

/** Shows the handles that drag a connection's end to another node. */
public final class WireEndpointsPolicy extends ConnectionEndpointEditPolicy {
}
