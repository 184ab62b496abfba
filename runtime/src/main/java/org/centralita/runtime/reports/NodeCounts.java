package org.centralita.runtime.reports;

import java.util.List;

/**
 * How a flow's calls went through one node over a period: the designer's overlay draws these on
 * the diagram, and the IVR funnel is read from them.
 *
 * @param node the node id
 * @param calls calls that reached the node
 * @param visits times it was entered (a retry loop enters a node more than once per call)
 * @param hungUp calls whose caller hung up while in this node
 * @param exits how the node was left: to each next node, or by ending the call
 */
public record NodeCounts(String node, long calls, long visits, long hungUp, List<Exit> exits) {

    /**
     * One way out of the node and how often it was taken.
     *
     * @param to the node entered next, or null when the call ended here
     * @param ended how the call ended here ({@code queue}, {@code hangup}, {@code caller-hangup} ...), or null
     * @param count how many times
     */
    public record Exit(String to, String ended, long count) { }
}
