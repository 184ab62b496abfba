package org.centralita.designer.testcall;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

/**
 * The nodes test calls pause at, per flow file, for the session: set from the flow editor's
 * context menu, shown on the diagram, passed to each call ({@code --break}) and to the call
 * running ({@code break}/{@code clear}). Used on the UI thread.
 */
public final class Breakpoints {

    private static final Map<Path, Set<String>> NODES = new HashMap<>();
    private static final List<BiConsumer<Path, String>> LISTENERS = new CopyOnWriteArrayList<>();

    private Breakpoints() {
    }

    /** The breakpoints of a flow file, sorted. */
    public static Set<String> of(Path flow) {
        return Set.copyOf(new TreeSet<>(NODES.getOrDefault(key(flow), Set.of())));
    }

    /** Whether the call pauses at this node of the flow. */
    public static boolean has(Path flow, String node) {
        return NODES.getOrDefault(key(flow), Set.of()).contains(node);
    }

    /** Sets the breakpoint when it is not, clears it when it is; listeners are told. */
    public static void toggle(Path flow, String node) {
        Set<String> nodes = NODES.computeIfAbsent(key(flow), f -> new TreeSet<>());
        if (!nodes.remove(node)) {
            nodes.add(node);
        }
        LISTENERS.forEach(listener -> listener.accept(key(flow), node));
    }

    /** Tells {@code listener} (flow, node) after each toggle. */
    public static void addListener(BiConsumer<Path, String> listener) {
        LISTENERS.add(listener);
    }

    public static void removeListener(BiConsumer<Path, String> listener) {
        LISTENERS.remove(listener);
    }

    private static Path key(Path flow) {
        return flow.toAbsolutePath().normalize();
    }
}
