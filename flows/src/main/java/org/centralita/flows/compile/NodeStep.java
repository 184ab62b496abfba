package org.centralita.flows.compile;

import org.centralita.flows.executable.ExecutableNode;

/**
 * Compiles the nodes of one type. A step reads the node through its {@link NodeContext}, which
 * applies defaults and records problems; when a problem was recorded the node is left out.
 */
interface NodeStep {

    ExecutableNode compile(NodeContext node);
}
