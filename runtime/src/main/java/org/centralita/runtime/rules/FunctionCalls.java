package org.centralita.runtime.rules;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.expr.MethodCallExpr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which functions of a rule file call which: a function that can reach itself again (directly or
 * through others) could recurse without end, so the sandbox refuses it.
 */
final class FunctionCalls {

    private final Map<String, Set<String>> calls = new HashMap<>();

    /** Records the functions of the file that {@code body} calls. */
    void add(String function, String body, Set<String> functions) {
        Set<String> callees = new HashSet<>();
        new JavaParser(new ParserConfiguration().setPreprocessUnicodeEscapes(true)
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17))
                .parseBlock("{\n" + body + "\n}").getResult().ifPresent(block ->
                        block.findAll(MethodCallExpr.class).stream()
                                .filter(call -> call.getScope().isEmpty() && functions.contains(call.getNameAsString()))
                                .forEach(call -> callees.add(call.getNameAsString())));
        calls.put(function, callees);
    }

    /** The path by which {@code function} calls itself again ({@code [a, b, a]}), if it can. */
    Optional<List<String>> cycleFrom(String function) {
        return search(function, function, new ArrayList<>(List.of(function)), new HashSet<>());
    }

    private Optional<List<String>> search(String start, String at, List<String> path, Set<String> seen) {
        for (String next : calls.getOrDefault(at, Set.of())) {
            if (next.equals(start)) {
                List<String> cycle = new ArrayList<>(path);
                cycle.add(next);
                return Optional.of(cycle);
            }
            if (seen.add(next)) {
                path.add(next);
                Optional<List<String>> found = search(start, next, path, seen);
                if (found.isPresent()) {
                    return found;
                }
                path.remove(path.size() - 1);
            }
        }
        return Optional.empty();
    }
}
