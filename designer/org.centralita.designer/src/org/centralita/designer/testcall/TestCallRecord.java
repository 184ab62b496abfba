package org.centralita.designer.testcall;

import java.util.List;

/**
 * A test call as made in the view, as a saved call keeps it.
 *
 * @param ani the caller's number ({@code --ani}), or empty
 * @param at the call's clock ({@code --at}), or empty
 * @param keys what the caller did at each wait, as {@code --keys} entries: keys, {@code say:words}, or empty for silence
 * @param path the ids of the nodes entered, in order
 * @param end the outcome the call ended with
 */
record TestCallRecord(String ani, String at, List<String> keys, List<String> path, String end) {

    TestCallRecord {
        keys = List.copyOf(keys);
        path = List.copyOf(path);
    }
}
