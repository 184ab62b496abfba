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
        thresholds(text, outcomes);
        text.append("\nErrors at the default threshold:\n");
        outcomes.stream().filter(o -> !o.correct()).forEach(o -> text.append(String.format(Locale.ROOT,
                "  %-22s %-7s said '%s' expected '%s' got '%s' (%.2f)%n", o.utterance().id(), o.utterance().grammar(),
                o.utterance().text(), o.utterance().expected(), o.recognition().nBest().isEmpty() ? ""
                        : o.recognition().nBest().get(0).words(), o.recognition().confidence())));
        return text.toString();
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
