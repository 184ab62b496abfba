package org.centralita.runtime.agi.simulator;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * SAY DIGITS / NUMBER / ALPHA / PHONETIC / DATE / TIME / DATETIME: they play a list of say-files
 * interruptible only by their escape digits, and do not listen to the AGI socket (a command sent
 * meanwhile waits until they finish, then both replies go out).
 */
final class SayCommands {
    private static final String[] DAYS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

    private SayCommands() {
    }

    static void register(AgiCommands.Registry r) {
        r.add("SAY DIGITS", false, (s, a) -> a.size() == 4 && say(s, a.get(3), characters(a.get(2), "digits/")));
        r.add("SAY ALPHA", false, (s, a) -> a.size() == 4 && say(s, a.get(3), characters(a.get(2), "letters/")));
        r.add("SAY PHONETIC", false, (s, a) -> a.size() == 4 && say(s, a.get(3), characters(a.get(2), "phonetic/")));
        r.add("SAY NUMBER", false, SayCommands::sayNumber);
        r.add("SAY DATE", false, (s, a) -> sayTime(s, a, true, false));
        r.add("SAY TIME", false, (s, a) -> sayTime(s, a, false, true));
        r.add("SAY DATETIME", false, SayCommands::sayDateTime);
    }

    private static boolean sayNumber(AgiSession s, List<String> argv) throws InterruptedException {
        if (argv.size() < 4 || argv.size() > 5) {
            return false;
        }
        Long number = AgiCommands.leadingNumber(argv.get(2));
        return number != null && say(s, argv.get(3), numberFiles(number));
    }

    private static boolean sayTime(AgiSession s, List<String> argv, boolean date, boolean time)
            throws InterruptedException {
        if (argv.size() != 4) {
            return false;
        }
        Long epoch = AgiCommands.leadingNumber(argv.get(2));
        return epoch != null && say(s, argv.get(3), timeFiles(epoch, date, time));
    }

    private static boolean sayDateTime(AgiSession s, List<String> argv) throws InterruptedException {
        if (argv.size() < 4 || argv.size() > 7) {
            return false;
        }
        Long epoch = AgiCommands.leadingNumber(argv.get(2));
        return epoch != null && say(s, argv.get(3), timeFiles(epoch, true, true));
    }

    private static boolean say(AgiSession s, String escape, List<String> files) throws InterruptedException {
        long start = s.commandStart();
        for (String file : files) {
            Playback playback = new Playback(s.setup().sounds.sayFile(file), 0, start);
            Happening h = playback.play(s, escape, false);
            if (!(h instanceof Happening.Deadline)) {
                return ChannelCommands.ok(s, PlaybackCommands.resultOf(h));
            }
            start = playback.endsAt();
        }
        return ChannelCommands.ok(s, "0");
    }

    private static List<String> characters(String text, String folder) {
        List<String> files = new ArrayList<>();
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            files.add(Character.isDigit(c) ? "digits/" + c : folder + c);
        }
        return files;
    }

    static List<String> numberFiles(long number) {
        List<String> files = new ArrayList<>();
        if (number < 0) {
            files.add("digits/minus");
            number = -number;
        }
        if (number >= 1000) {
            files.addAll(numberFiles(number / 1000));
            files.add("digits/thousand");
            number %= 1000;
        }
        if (number >= 100) {
            files.add("digits/" + number / 100);
            files.add("digits/hundred");
            number %= 100;
        }
        if (number >= 20) {
            files.add("digits/" + (number / 10) * 10);
            number %= 10;
        }
        if (number > 0 || files.isEmpty()) {
            files.add("digits/" + number);
        }
        return files;
    }

    private static List<String> timeFiles(long epoch, boolean date, boolean time) {
        ZonedDateTime t = Instant.ofEpochSecond(epoch).atZone(ZoneOffset.UTC);
        List<String> files = new ArrayList<>();
        if (date) {
            files.add("digits/day-" + DAYS[t.getDayOfWeek().getValue() - 1]);
            files.add("digits/mon-" + (t.getMonthValue() - 1));
            files.addAll(numberFiles(t.getDayOfMonth()));
            files.addAll(numberFiles(t.getYear()));
        }
        if (time) {
            int hour = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
            files.addAll(numberFiles(hour));
            if (t.getMinute() > 0) {
                files.addAll(numberFiles(t.getMinute()));
            }
            files.add(t.getHour() < 12 ? "digits/a-m" : "digits/p-m");
        }
        return files;
    }
}
