package org.centralita.runtime.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the scripted calls from examples/SCENARIOS.md, the one place they are written: each
 * section's "Also:" options, then its rows {@code | # | what | options | --keys | path | end |}.
 * A cell written "as B05" (or "as U15 with ...", "as U24, then ...") takes that row's cell.
 */
final class ScenarioTable {

    private static final Pattern ROW = Pattern.compile("^\\| ([BUC]\\d\\d) \\|");
    private static final Pattern CODE = Pattern.compile("`([^`]*)`");
    private static final Pattern AS = Pattern.compile("^as ([BUC]\\d\\d)\\b(.*)$");
    private static final Set<String> REPEATABLE = Set.of("--fail", "--var");

    private final Map<String, Scenario> rows = new LinkedHashMap<>();
    private List<String> sectionOptions = List.of();

    private ScenarioTable() {
    }

    /** Every row of the file, in order. */
    static List<Scenario> read(Path scenariosMd) throws IOException {
        ScenarioTable table = new ScenarioTable();
        List<String> lines = Files.readAllLines(scenariosMd);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("Also:")) {
                table.sectionOptions = sectionOptions(lines, i);
            } else if (ROW.matcher(line).find()) {
                table.addRow(line);
            }
        }
        return List.copyOf(table.rows.values());
    }

    /** The options in the "Also:" paragraph: the backquoted spans naming the flow or an option. */
    private static List<String> sectionOptions(List<String> lines, int from) {
        List<String> options = new ArrayList<>();
        for (int i = from; i < lines.size() && !lines.get(i).isBlank(); i++) {
            Matcher code = CODE.matcher(lines.get(i));
            while (code.find()) {
                if (code.group(1).startsWith("examples/") || code.group(1).startsWith("--")) {
                    options.addAll(words(code.group(1)));
                }
            }
        }
        return options;
    }

    private void addRow(String line) {
        List<String> cells = Arrays.stream(line.substring(1, line.length() - 1).split("(?<!\\\\)\\|"))
                .map(String::strip).toList();
        if (cells.size() != 6) {
            throw new IllegalStateException("a scenario row has 6 cells, not " + cells.size() + ": " + line);
        }
        String id = cells.get(0);
        Scenario scenario = new Scenario(id, cells.get(1), options(cells.get(2)), keys(cells.get(3)),
                path(cells.get(4)), end(cells.get(5)));
        rows.put(id, scenario);
    }

    private List<String> options(String cell) {
        List<String> options = sectionOptions;
        Matcher as = AS.matcher(cell);
        if (as.matches()) {
            options = row(as.group(1)).options();
            cell = as.group(2);
        }
        return merge(options, codeWords(cell));
    }

    /**
     * The options with {@code overrides} applied: a row's option replaces the section's option of
     * that name (the command line takes each once); {@code --fail} and {@code --var} add up.
     */
    private static List<String> merge(List<String> options, List<String> overrides) {
        List<String> merged = new ArrayList<>(options);
        for (int i = 0; i + 1 < overrides.size(); i += 2) {
            String name = overrides.get(i);
            if (!REPEATABLE.contains(name)) {
                int at = merged.indexOf(name);
                if (at >= 0) {
                    merged.subList(at, at + 2).clear();
                }
            }
        }
        merged.addAll(overrides);
        return merged;
    }

    private String keys(String cell) {
        Matcher as = AS.matcher(cell);
        if (as.matches()) {
            return row(as.group(1)).keys();
        }
        Matcher code = CODE.matcher(cell);
        if (!code.find()) {
            throw new IllegalStateException("no --keys in '" + cell + "'");
        }
        return code.group(1);
    }

    private List<String> path(String cell) {
        List<String> path = new ArrayList<>();
        Matcher as = AS.matcher(cell);
        if (as.matches()) {
            path.addAll(row(as.group(1)).path());
            cell = as.group(2).replaceFirst("^,\\s*then\\s*", "");
        }
        for (String node : cell.replace("[", "").replace("]", "").split(",")) {
            if (!node.isBlank()) {
                path.add(node.strip());
            }
        }
        return path;
    }

    /** "as B25 (details)" keeps B25's end before its own details, with this row's details. */
    private String end(String cell) {
        Matcher as = AS.matcher(cell);
        if (!as.matches()) {
            return cell;
        }
        String inherited = row(as.group(1)).end();
        String details = as.group(2).strip();
        if (details.isEmpty()) {
            return inherited;
        }
        int own = inherited.indexOf('(');
        return (own < 0 ? inherited : inherited.substring(0, own)).strip() + " " + details;
    }

    private Scenario row(String id) {
        Scenario row = rows.get(id);
        if (row == null) {
            throw new IllegalStateException("'as " + id + "' names no row above it");
        }
        return row;
    }

    private static List<String> codeWords(String text) {
        List<String> words = new ArrayList<>();
        Matcher code = CODE.matcher(text);
        while (code.find()) {
            words.addAll(words(code.group(1)));
        }
        return words;
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }
}
