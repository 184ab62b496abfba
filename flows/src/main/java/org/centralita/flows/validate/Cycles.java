package org.centralita.flows.validate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds the loops of a directed graph, one per strongly connected component (Tarjan's
 * algorithm, linear), each as a shortest path from the component's first vertex back to it.
 */
final class Cycles<V> {

    private final List<V> vertices;
    private final Function<V, List<V>> successors;
    private final Map<V, Integer> index = new HashMap<>();
    private final Map<V, Integer> low = new HashMap<>();
    private final Deque<V> stack = new ArrayDeque<>();
    private final Set<V> onStack = new HashSet<>();
    private final Map<V, Set<V>> componentOf = new HashMap<>();

    private Cycles(List<V> vertices, Function<V, List<V>> successors) {
        this.vertices = vertices;
        this.successors = successors;
    }

    /** The loops among {@code vertices} (in their order), each written {@code [a, b, a]}. */
    static <V> List<List<V>> find(List<V> vertices, Function<V, List<V>> successors) {
        Cycles<V> cycles = new Cycles<>(vertices, successors);
        for (V vertex : vertices) {
            if (!cycles.index.containsKey(vertex)) {
                cycles.connect(vertex);
            }
        }
        return cycles.loops();
    }

    private void connect(V vertex) {
        index.put(vertex, index.size());
        low.put(vertex, index.get(vertex));
        stack.push(vertex);
        onStack.add(vertex);
        for (V next : successors.apply(vertex)) {
            if (!index.containsKey(next)) {
                connect(next);
                low.put(vertex, Math.min(low.get(vertex), low.get(next)));
            } else if (onStack.contains(next)) {
                low.put(vertex, Math.min(low.get(vertex), index.get(next)));
            }
        }
        if (low.get(vertex).equals(index.get(vertex))) {
            Set<V> component = new HashSet<>();
            V member;
            do {
                member = stack.pop();
                onStack.remove(member);
                component.add(member);
            } while (!member.equals(vertex));
            component.forEach(v -> componentOf.put(v, component));
        }
    }

    private List<List<V>> loops() {
        List<List<V>> loops = new ArrayList<>();
        Set<Set<V>> reported = Collections.newSetFromMap(new IdentityHashMap<>());
        for (V vertex : vertices) {
            Set<V> component = componentOf.get(vertex);
            if (reported.add(component)
                    && (component.size() > 1 || successors.apply(vertex).contains(vertex))) {
                loops.add(shortestLoop(vertex, component));
            }
        }
        return loops;
    }

    private List<V> shortestLoop(V start, Set<V> component) {
        Map<V, V> previous = new HashMap<>();
        Deque<V> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            V vertex = queue.poll();
            for (V next : successors.apply(vertex)) {
                if (next.equals(start)) {
                    LinkedList<V> path = new LinkedList<>(List.of(start));
                    for (V v = vertex; v != null && !v.equals(start); v = previous.get(v)) {
                        path.addFirst(v);
                    }
                    path.addFirst(start);
                    return Collections.unmodifiableList(path);
                }
                if (component.contains(next) && !previous.containsKey(next)) {
                    previous.put(next, vertex);
                    queue.add(next);
                }
            }
        }
        return List.of(start, start);
    }
}
