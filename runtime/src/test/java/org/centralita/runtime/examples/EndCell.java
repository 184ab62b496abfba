package org.centralita.runtime.examples;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The structured parts of a scenario's "end" cell: the outcome word in backquotes, and whichever
 * details the row gives (queue and priority, context entries, transfer target, mailbox, callback,
 * rules outcome and fired rules, no-input/no-match attempts, CRM status, spoken texts, input
 * mode, prompt language, error node). A detail not written is null (or empty): not checked.
 */
record EndCell(String outcome, String queue, Integer priority, Map<String, String> context, String transferTo,
               String mailbox, String callbackNumber, String callbackQueue, String rulesOutcome,
               List<String> fired, List<String> attempts, String crmStatus, int crmCount, List<String> spoken,
               String speechValue, String promptLanguage, String promptLanguageFrom, String errorAt,
               String hangupBy, String assigned) {

    private static final Pattern OUTCOME = Pattern.compile("^`([a-z-]+)`");
    private static final Pattern QUEUE = Pattern.compile("^`queue` ([\\w-]+), priority (\\d+)");
    private static final Pattern CONTEXT_ENTRY = Pattern.compile("(?<![\\w-])([a-z_]+): ([^,;(){}\"]+)");
    private static final Pattern EMPTY_ENTRY = Pattern.compile("(?<![\\w-])([a-z_]+) \"\"");
    private static final Pattern TRANSFER = Pattern.compile("^`transfer` to (\\S+)");
    private static final Pattern MAILBOX = Pattern.compile("^`voicemail` (\\S+@\\S+)");
    private static final Pattern CALLBACK = Pattern.compile("^`callback` \\(number (\\+?\\d+)(?:, queue ([\\w-]+))?\\)");
    private static final Pattern RULES = Pattern.compile("rules outcome `([\\w-]+)`");
    private static final Pattern FIRED = Pattern.compile("fired (\\[]|\"[^;]*\")");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");
    private static final Pattern ATTEMPTS = Pattern.compile("(no-input|no-match)(?: attempts?)? (\\d+(?:, \\d+)*)");
    private static final Pattern CRM = Pattern.compile("crm status `?(\\w+)`?( twice)?");
    private static final Pattern SPEECH = Pattern.compile("input mode `speech`, value (\\S+?)\\)");
    private static final Pattern LANGUAGE = Pattern.compile("(?:every prompt in|language) ([a-z]{2}-[A-Z]{2})");
    private static final Pattern LANGUAGE_FROM = Pattern.compile("prompts in ([a-z]{2}-[A-Z]{2}) from ([\\w-]+) on");
    private static final Pattern ERROR_AT = Pattern.compile("an `error` event at ([\\w-]+)");
    private static final Pattern HANGUP_BY = Pattern.compile("a `hangup` by (\\w+)");
    private static final Pattern ASSIGN = Pattern.compile("\\(assign ([\\w]+)\\)");

    static EndCell parse(String cell) {
        String outcome = group(OUTCOME, cell, 1);
        if (outcome == null) {
            throw new IllegalStateException("an end cell starts with the outcome in backquotes: " + cell);
        }
        Matcher queue = QUEUE.matcher(cell);
        boolean queued = queue.find();
        Matcher callback = CALLBACK.matcher(cell);
        boolean calledBack = callback.find();
        Matcher crm = CRM.matcher(cell);
        boolean crmGiven = crm.find();
        Matcher from = LANGUAGE_FROM.matcher(cell);
        boolean languageFrom = from.find();
        return new EndCell(outcome, queued ? queue.group(1) : null, queued ? Integer.valueOf(queue.group(2)) : null,
                queued ? context(cell) : Map.of(), group(TRANSFER, cell, 1), group(MAILBOX, cell, 1),
                calledBack ? callback.group(1) : null, calledBack ? callback.group(2) : null,
                group(RULES, cell, 1), fired(cell), attempts(cell), crmGiven ? crm.group(1) : null,
                crmGiven && crm.group(2) != null ? 2 : 1, spoken(cell), group(SPEECH, cell, 1),
                languageFrom ? from.group(1) : group(LANGUAGE, cell, 1), languageFrom ? from.group(2) : null,
                group(ERROR_AT, cell, 1), group(HANGUP_BY, cell, 1), group(ASSIGN, cell, 1));
    }

    /** The queue's context entries written as {@code name: value} (or {@code name ""}) before the rules part. */
    private static Map<String, String> context(String cell) {
        String handed = cell.split("; rules")[0];
        Map<String, String> context = new LinkedHashMap<>();
        Matcher entry = CONTEXT_ENTRY.matcher(handed);
        while (entry.find()) {
            context.put(entry.group(1), entry.group(2).strip());
        }
        Matcher empty = EMPTY_ENTRY.matcher(handed);
        while (empty.find()) {
            context.put(empty.group(1), "");
        }
        return context;
    }

    /** The rule names after "fired": quoted names, or [] for none; null when not written. */
    private static List<String> fired(String cell) {
        Matcher fired = FIRED.matcher(cell);
        if (!fired.find()) {
            return null;
        }
        List<String> names = new ArrayList<>();
        Matcher quoted = QUOTED.matcher(fired.group(1));
        while (quoted.find()) {
            names.add(quoted.group(1));
        }
        return names;
    }

    /** "no-input 1, no-match 2" or "no-input attempts 1, 2, 3" as "no-input 1", ...; null when not written. */
    private static List<String> attempts(String cell) {
        List<String> attempts = new ArrayList<>();
        Matcher matcher = ATTEMPTS.matcher(cell);
        while (matcher.find()) {
            for (String number : matcher.group(2).split(", ")) {
                attempts.add(matcher.group(1) + " " + number);
            }
        }
        return attempts.isEmpty() ? null : attempts;
    }

    /** Texts quoted outside the fired rules: what some prompt says ("…" marks an excerpt). */
    private static List<String> spoken(String cell) {
        String withoutFired = FIRED.matcher(cell).replaceAll("");
        List<String> texts = new ArrayList<>();
        Matcher quoted = QUOTED.matcher(withoutFired);
        while (quoted.find()) {
            texts.add(quoted.group(1).replace("…", "").strip());
        }
        return texts;
    }

    private static String group(Pattern pattern, String text, int group) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group(group) : null;
    }
}
