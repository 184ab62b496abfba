package org.centralita.runtime.agi.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * res_agi's command table: which words name which command, whether it may run on a dead
 * channel, and what it does. Lookup is case-insensitive on whole words; an unknown command gets
 * 510, a channel command after the hang-up 511, a wrong usage 520 with the command's text.
 */
final class AgiCommands {

    /** A command's handler; returns false for a wrong usage (520). */
    @FunctionalInterface
    interface Handler {
        boolean run(AgiSession session, List<String> argv) throws InterruptedException;
    }

    private record Spec(String name, boolean deadSafe, Handler handler) {
        List<String> words() {
            return List.of(name.split(" "));
        }
    }

    private static final List<Spec> TABLE = table();

    private AgiCommands() {
    }

    static void execute(AgiSession session, String line) throws InterruptedException {
        List<String> argv = AgiArguments.split(line);
        Spec spec = find(argv);
        if (spec == null) {
            session.reply("510 Invalid or unknown command");
        } else if (session.channel().isDead() && !spec.deadSafe()) {
            session.reply("511 Command Not Permitted on a dead channel or intercept routine");
        } else if (!spec.handler().run(session, argv)) {
            session.usage(UsageTexts.of(spec.name()));
        }
    }

    private static Spec find(List<String> argv) {
        Spec best = null;
        for (Spec spec : TABLE) {
            List<String> words = spec.words();
            if (matches(words, argv) && (best == null || words.size() > best.words().size())) {
                best = spec;
            }
        }
        return best;
    }

    private static boolean matches(List<String> words, List<String> argv) {
        if (argv.size() < words.size()) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            if (!words.get(i).equalsIgnoreCase(argv.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static List<Spec> table() {
        List<Spec> t = new ArrayList<>();
        ChannelCommands.register((name, dead, handler) -> t.add(new Spec(name, dead, handler)));
        VariableCommands.register((name, dead, handler) -> t.add(new Spec(name, dead, handler)));
        PlaybackCommands.register((name, dead, handler) -> t.add(new Spec(name, dead, handler)));
        SayCommands.register((name, dead, handler) -> t.add(new Spec(name, dead, handler)));
        RecordCommand.register((name, dead, handler) -> t.add(new Spec(name, dead, handler)));
        ExecCommand.register((name, dead, handler) -> t.add(new Spec(name, dead, handler)));
        return List.copyOf(t);
    }

    /** Where each command group adds its commands. */
    @FunctionalInterface
    interface Registry {
        void add(String name, boolean deadSafe, Handler handler);
    }

    /** sscanf("%30ld")-like: the leading integer of a word, or null when there is none. */
    static Long leadingNumber(String word) {
        String w = word.strip();
        int end = 0;
        if (end < w.length() && (w.charAt(end) == '-' || w.charAt(end) == '+')) {
            end++;
        }
        int digitsFrom = end;
        while (end < w.length() && Character.isDigit(w.charAt(end))) {
            end++;
        }
        if (end == digitsFrom) {
            return null;
        }
        return Long.parseLong(w.substring(0, end).replace("+", ""));
    }

    /** atoi(): the leading integer, or 0. */
    static int atoi(String word) {
        Long n = leadingNumber(word);
        return n == null ? 0 : n.intValue();
    }

    static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }
}
