package org.centralita.designer.layout;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The connections ELK is given to lay a flow out: every connection of the flow, once per pair of
 * nodes, except the connections into a shared end. A shared end is a node that leads nowhere (a
 * hang-up, a transfer) and that {@value #SHARED} or more nodes lead to: ELK keeps only its
 * connection from the predecessor furthest from the start, so that it sits where it sat, after
 * the last of them. ELK's layered algorithm makes a dummy node in every layer a connection crosses:
 * the connections from every group of a long flow into its one hang-up made tens of thousands of
 * them (the 501-node flow of docs/benchmarks.md: most of ELK's time and memory), for lanes the
 * designer never draws (connections are straight lines from an outcome to its node). The
 * connections left out are still drawn; only ELK does not see them.
 */
public final class LayoutEdges {

    /** How many predecessors make an end shared. */
    public static final int SHARED = 4;

    /** A connection ELK sees: from a node to a node. */
    public record Edge(String from, String to) {
    }

    private LayoutEdges() {
    }

    /**
     * The edges to lay {@code nodes} out with, out of {@code connections} (in their order), the
     * depth of a node counted from {@code start} (or from the first node when null).
     */
    public static List<Edge> of(List<String> nodes, List<Edge> connections, String start) {
        Set<Edge> distinct = new LinkedHashSet<>();
        Map<String, List<String>> next = new HashMap<>();
        Map<String, Set<String>> previous = new HashMap<>();
        Set<String> known = new HashSet<>(nodes);
        for (Edge edge : connections) {
            if (known.contains(edge.from()) && known.contains(edge.to()) && distinct.add(edge)) {
                next.computeIfAbsent(edge.from(), id -> new ArrayList<>()).add(edge.to());
                if (!edge.from().equals(edge.to())) {
                    previous.computeIfAbsent(edge.to(), id -> new LinkedHashSet<>()).add(edge.from());
                }
            }
        }
        Map<String, String> kept = new HashMap<>();
        Map<String, Integer> depth = null;
        for (String node : nodes) {
            Set<String> from = previous.getOrDefault(node, Set.of());
            boolean end = next.getOrDefault(node, List.of()).stream().allMatch(node::equals);
            if (end && from.size() >= SHARED) {
                if (depth == null) {
                    depth = depths(nodes, next, start);
                }
                String last = null;
                for (String predecessor : from) {
                    if (last == null || depth.get(predecessor) > depth.get(last)) {
                        last = predecessor;
                    }
                }
                kept.put(node, last);
            }
        }
        List<Edge> edges = new ArrayList<>();
        for (Edge edge : distinct) {
            String only = kept.get(edge.to());
            if (only == null || only.equals(edge.from()) || edge.from().equals(edge.to())) {
                edges.add(edge);
            }
        }
        return edges;
    }

    /**
     * The length of the longest path from the start to each node, over the connections that do not
     * close a loop (those a depth-first walk from the start, then from each node not reached, meets
     * going back to a node on its path): the layer a layered layout gives the node, near enough.
     */
    private static Map<String, Integer> depths(List<String> nodes, Map<String, List<String>> next, String start) {
        List<String> roots = new ArrayList<>();
        if (start != null && nodes.contains(start)) {
            roots.add(start);
        }
        roots.addAll(nodes);
        Set<String> done = new HashSet<>();
        Set<String> onPath = new HashSet<>();
        List<String> finished = new ArrayList<>();
        Map<String, List<String>> forward = new LinkedHashMap<>();
        for (String root : roots) {
            if (done.contains(root)) {
                continue;
            }
            // an explicit stack of (node, index of its next successor to visit): flows are deep
            Deque<Object[]> stack = new ArrayDeque<>();
            stack.push(new Object[] {root, 0});
            done.add(root);
            onPath.add(root);
            while (!stack.isEmpty()) {
                Object[] top = stack.peek();
                String node = (String) top[0];
                List<String> successors = next.getOrDefault(node, List.of());
                int index = (Integer) top[1];
                if (index < successors.size()) {
                    top[1] = index + 1;
                    String successor = successors.get(index);
                    if (onPath.contains(successor)) {
                        continue;
                    }
                    forward.computeIfAbsent(node, id -> new ArrayList<>()).add(successor);
                    if (done.add(successor)) {
                        onPath.add(successor);
                        stack.push(new Object[] {successor, 0});
                    }
                } else {
                    stack.pop();
                    onPath.remove(node);
                    finished.add(node);
                }
            }
        }
        Map<String, Integer> depth = new HashMap<>();
        for (String node : nodes) {
            depth.put(node, 0);
        }
        for (int i = finished.size() - 1; i >= 0; i--) {
            String node = finished.get(i);
            int here = depth.get(node);
            for (String successor : forward.getOrDefault(node, List.of())) {
                depth.merge(successor, here + 1, Math::max);
            }
        }
        return depth;
    }
}
