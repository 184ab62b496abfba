package org.centralita.designer.runtime;

import java.util.List;

/**
 * How the calls of a period went through one node, as the runtime's records count them
 * ({@code GET /reports/flows/{flow}/nodes}).
 *
 * @param calls calls that reached the node
 * @param hungUp calls whose caller hung up while at the node
 * @param exits how the node was left: to each next node, or by ending the call there
 */
public record NodeCalls(String node, long calls, long hungUp, List<Exit> exits) {

    /**
     * One way out of the node.
     *
     * @param to the node entered next, or null when the call ended here
     * @param ended how the call ended here, or null
     */
    public record Exit(String to, String ended, long count) {
    }
}
