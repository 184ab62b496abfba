package org.centralita.speech.asr;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.centralita.speech.asr.RecognitionAccuracyTest.Outcome;

/** Renders recognition outcomes as accuracy tables by grammar and by voice and line condition. */
final class AccuracyReport {

    private AccuracyReport() {
    }

    static String render(List<Outcome> outcomes) {
        StringBuilder text = new StringBuilder();
        text.append("Speech recognition accuracy (").append(outcomes.size()).append(" utterances)\n\n");
        table(text, "grammar", outcomes, o -> o.utterance().grammar());
        table(text, "voice / condition", outcomes, o -> o.utterance().voice() + " " + o.utterance().condition());
        table(text, "grammar / condition", outcomes, o -> o.utterance().grammar() + " " + o.utterance().condition());
        digitAccuracy(text, outcomes);
        thresholds(text, outcomes);
        text.append("\nErrors at the default threshold:\n");
        outcomes.stream().filter(o -> !o.correct()).forEach(o -> text.append(String.format(Locale.ROOT,
                "  %-22s %-7s said '%s' expected '%s' got '%s' (%.2f)%n", o.utterance().id(), o.utterance().grammar(),
                o.utterance().text(), o.utterance().expected(), o.recognition().nBest().isEmpty() ? ""
                        : o.recognition().nBest().get(0).words(), o.recognition().confidence())));
        return text.toString();
    }

    /**
     * Digits right within digit strings (1 - edit distance / digits said), from the best
     * hypothesis whatever its confidence: how close the strings that failed came.
     */
    private static void digitAccuracy(StringBuilder text, List<Outcome> outcomes) {
        long said = 0;
        long errors = 0;
        for (Outcome outcome : outcomes) {
            if (outcome.utterance().grammar().equals("digits")) {
                String heard = outcome.recognition().nBest().isEmpty() ? ""
                        : java.util.Objects.requireNonNullElse(outcome.recognition().nBest().get(0).value(), "");
                said += outcome.utterance().expected().length();
                errors += editDistance(outcome.utterance().expected(), heard);
            }
        }
        text.append(String.format(Locale.ROOT, "digit accuracy within strings: %.1f%% (%d edits in %d digits)%n%n",
                100.0 * (said - errors) / said, errors, said));
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int[] current = new int[b.length() + 1];
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            previous = current;
        }
        return previous[b.length()];
    }

    /** Accuracy per grammar had the confidence threshold been each of 0, 0.1, ... 0.9. */
    private static void thresholds(StringBuilder text, List<Outcome> outcomes) {
        Map<String, List<Outcome>> byGrammar = outcomes.stream()
                .collect(Collectors.groupingBy(o -> o.utterance().grammar(), TreeMap::new, Collectors.toList()));
        text.append(String.format(Locale.ROOT, "%-10s", "threshold"));
        byGrammar.keySet().forEach(grammar -> text.append(String.format(Locale.ROOT, "%9s", grammar)));
        text.append('\n');
        for (int step = 0; step < 10; step++) {
            double threshold = step / 10.0;
            text.append(String.format(Locale.ROOT, "%-10.1f", threshold));
            byGrammar.values().forEach(members -> text.append(String.format(Locale.ROOT, "%8.1f%%",
                    100.0 * members.stream().filter(o -> o.correctAt(threshold)).count() / members.size())));
            text.append('\n');
        }
    }

    private static void table(StringBuilder text, String heading, List<Outcome> outcomes,
            Function<Outcome, String> groupBy) {
        Map<String, List<Outcome>> groups = outcomes.stream()
                .collect(Collectors.groupingBy(groupBy, TreeMap::new, Collectors.toList()));
        text.append(String.format(Locale.ROOT, "%-36s %6s %8s %9s%n", heading, "n", "correct", "accuracy"));
        groups.forEach((group, members) -> {
            long correct = members.stream().filter(Outcome::correct).count();
            text.append(String.format(Locale.ROOT, "%-36s %6d %8d %8.1f%%%n", group, members.size(), correct,
                    100.0 * correct / members.size()));
        });
        text.append('\n');
    }
}
