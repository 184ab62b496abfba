package org.centralita.flows.validate;

import java.util.Set;
import org.centralita.flows.rules.RulesCompiler;

/**
 * What the validator can check beyond the flow files themselves. Every part is optional: null
 * means "not available here" and the check falls back to what can be seen without it.
 *
 * @param rulesCompiler compiles rule files; null = rule files are only checked to exist
 * @param connectors the connector names of the runtime's configuration; null = not checked
 * @param calendarCheck reads calendar files; null = calendar files are only checked to exist
 * @param ttsLanguages the languages a text-to-speech voice speaks, as language tags ("en" covers
 *                     "en-US"); null = not checked, else prompt text in any other language is
 *                     warned about (its callers would hear nothing without a recording)
 */
public record ValidationOptions(RulesCompiler rulesCompiler, Set<String> connectors, CalendarCheck calendarCheck,
                                Set<String> ttsLanguages) {

    public ValidationOptions {
        connectors = connectors == null ? null : Set.copyOf(connectors);
        ttsLanguages = ttsLanguages == null ? null : Set.copyOf(ttsLanguages);
    }

    /** Only what the flow files and the files beside them show. */
    public static ValidationOptions defaults() {
        return new ValidationOptions(null, null, null, null);
    }

    public ValidationOptions withRulesCompiler(RulesCompiler compiler) {
        return new ValidationOptions(compiler, connectors, calendarCheck, ttsLanguages);
    }

    public ValidationOptions withConnectors(Set<String> names) {
        return new ValidationOptions(rulesCompiler, names, calendarCheck, ttsLanguages);
    }

    public ValidationOptions withCalendarCheck(CalendarCheck check) {
        return new ValidationOptions(rulesCompiler, connectors, check, ttsLanguages);
    }

    public ValidationOptions withTtsLanguages(Set<String> languages) {
        return new ValidationOptions(rulesCompiler, connectors, calendarCheck, languages);
    }
}
