package org.centralita.flows.bench;

/**
 * Writes a large valid flow for the benchmarks (the flows module's editing benchmark, the
 * designer's opening and layout): groups of ten nodes (a menu with two options and phrases, an
 * input with a validity expression, a set, a decision with two branches, four plays with a prompt
 * key, a map by language, segments and a template, and a queue), each group leading to the next,
 * with a layout line per node or without layout. Two languages.
 */
public final class GeneratedFlow {

    private GeneratedFlow() {
    }

    /** The text of flow {@code id} with {@code groups} groups of ten nodes, a final hang-up and a layout. */
    public static String text(String id, int groups) {
        return text(id, groups, true);
    }

    /** {@link #text(String, int)}, without the {@code layout:} section when {@code layout} is false. */
    public static String text(String id, int groups, boolean layout) {
        StringBuilder out = new StringBuilder();
        out.append("centralita: 1\nid: ").append(id).append("\nname: Generated\nlanguages: [en-US, es-ES]\n")
                .append("start: menu-0\non-error: bye\n\nvariables:\n  account: {type: digits}\n")
                .append("  balance: {type: number, default: 0}\n  count: {type: number, default: 0}\n\n")
                .append("prompts:\n  hello:\n    en-US: Hello.\n    es-ES: Hola.\n\nnodes:\n");
        for (int g = 0; g < groups; g++) {
            group(out, g, g + 1 < groups ? "menu-" + (g + 1) : "bye");
        }
        out.append("  bye:\n    type: hangup\n    prompt: hello\n");
        if (!layout) {
            return out.toString();
        }
        out.append("\nlayout:\n");
        for (int g = 0; g < groups; g++) {
            for (String kind : KINDS) {
                out.append("  ").append(kind).append('-').append(g).append(": {x: ").append(40 + 200 * g % 4000)
                        .append(", y: ").append(40 + 100 * KINDS.indexOf(kind)).append("}\n");
            }
        }
        out.append("  bye: {x: 40, y: 1200}\n");
        return out.toString();
    }

    /** The ten node ids of a group, each followed by {@code -GROUP}. */
    public static final java.util.List<String> KINDS = java.util.List.of(
            "menu", "ask", "count", "route", "hello", "both", "parts", "sum", "queue", "later");

    private static void group(StringBuilder out, int g, String next) {
        String n = "-" + g;
        out.append("  menu").append(n).append(":\n    type: menu\n    prompt: hello\n    options:\n")
                .append("      \"1\": {say: [balance, account], next: ask").append(n).append("}\n")
                .append("      \"2\": {say: [agent], next: queue").append(n).append("}\n")
                .append("    max-retries: bye\n\n");
        out.append("  ask").append(n).append(":\n    type: input\n    prompt: Enter your account.\n")
                .append("    min-digits: 4\n    max-digits: 10\n    valid: size(value) >= 4\n    store: account\n")
                .append("    next: count").append(n).append("\n    max-retries: bye\n\n");
        out.append("  count").append(n).append(":\n    type: set\n    assign:\n      count: count + 1\n")
                .append("      balance: balance + 10\n    next: route").append(n).append("\n\n");
        out.append("  route").append(n).append(":\n    type: decision\n    branches:\n")
                .append("      - {when: 'balance > 100', next: hello").append(n).append("}\n")
                .append("      - {when: 'count >= 3', next: both").append(n).append("}\n")
                .append("    else: parts").append(n).append("\n\n");
        out.append("  hello").append(n).append(":\n    type: play\n    prompt: hello\n    next: both").append(n).append("\n\n");
        out.append("  both").append(n).append(":\n    type: play\n    prompt:\n      en-US: Your balance is ${balance}.\n")
                .append("      es-ES: Su saldo es ${balance}.\n    next: parts").append(n).append("\n\n");
        out.append("  parts").append(n).append(":\n    type: play\n    prompt:\n      - {text: \"You have\"}\n")
                .append("      - {say-money: balance, currency: USD}\n      - {pause: 300ms}\n    next: sum").append(n).append("\n\n");
        out.append("  sum").append(n).append(":\n    type: play\n    prompt: Account ${account}, call ${count}.\n")
                .append("    next: later").append(n).append("\n\n");
        out.append("  queue").append(n).append(":\n    type: queue\n    queue: support\n    priority: 2\n    timeout: 2m\n")
                .append("    context: [account, balance]\n    overflow: bye\n\n");
        out.append("  later").append(n).append(":\n    type: play\n    prompt: hello\n    next: ").append(next).append("\n\n");
    }
}
