package org.centralita.runtime.agi.simulator;

import java.util.List;
import java.util.Optional;

/**
 * STREAM FILE, GET DATA, WAIT FOR DIGIT (and GET OPTION, CONTROL STREAM FILE): the commands
 * that listen to the AGI socket while they play, so that a new command stops them without a
 * reply (WAIT FOR DIGIT instead answers {@code 200 result=1}).
 */
final class PlaybackCommands {
    static final String ALL_KEYS = "0123456789*#";
    private static final int DEFAULT_GET_DATA_TIMEOUT_MS = 6000;
    private static final int DEFAULT_MAX_DIGITS = 1024;

    private PlaybackCommands() {
    }

    static void register(AgiCommands.Registry r) {
        r.add("STREAM FILE", false, PlaybackCommands::streamFile);
        r.add("CONTROL STREAM FILE", false, PlaybackCommands::controlStreamFile);
        r.add("GET OPTION", false, PlaybackCommands::getOption);
        r.add("GET DATA", false, PlaybackCommands::getData);
        r.add("WAIT FOR DIGIT", false, PlaybackCommands::waitForDigit);
    }

    private static boolean streamFile(AgiSession s, List<String> argv) throws InterruptedException {
        if (argv.size() < 4 || argv.size() > 5) {
            return false;
        }
        Long offset = argv.size() == 5 ? AgiCommands.leadingNumber(argv.get(4)) : Long.valueOf(0);
        if (offset == null) {
            return false;
        }
        Optional<SoundLibrary.Sound> sound = s.setup().sounds.find(argv.get(2));
        if (sound.isEmpty()) {
            s.channel().markFailure();
            s.reply("200 result=-1 endpos=" + offset);
            return true;
        }
        Playback playback = new Playback(sound.get(), offset, s.commandStart());
        Happening h = playback.play(s, argv.get(3), true);
        // a new command (or EOF) stops the playback, and Asterisk sends no reply for it
        if (h instanceof Happening.Deadline) {
            s.channel().set("PLAYBACKSTATUS", "SUCCESS");
            s.reply("200 result=0 endpos=" + playback.samples());
        } else if (h instanceof Happening.Key k) {
            s.channel().set("PLAYBACKSTATUS", "SUCCESS");
            s.reply("200 result=" + (int) k.digit() + " endpos=" + playback.endpos(k.at(), false));
        } else if (h instanceof Happening.HungUp u) {
            s.reply("200 result=-1 endpos=" + playback.endpos(u.at(), true));
        }
        return true;
    }

    private static boolean controlStreamFile(AgiSession s, List<String> argv) throws InterruptedException {
        if (argv.size() < 4 || argv.size() > 9) {
            return false;
        }
        Optional<SoundLibrary.Sound> sound = s.setup().sounds.find(argv.get(2));
        if (sound.isEmpty()) {
            s.channel().set("CPLAYBACKSTATUS", "ERROR");
            return ChannelCommands.ok(s, "0");
        }
        Happening h = new Playback(sound.get(), 0, s.commandStart()).play(s, argv.get(3), false);
        s.channel().set("CPLAYBACKSTATUS", h instanceof Happening.Key ? "USERSTOPPED" : "SUCCESS");
        return ChannelCommands.ok(s, resultOf(h));
    }

    private static boolean getOption(AgiSession s, List<String> argv) throws InterruptedException {
        if (argv.size() < 4 || argv.size() > 5) {
            return false;
        }
        long timeout = argv.size() == 5 ? AgiCommands.atoi(argv.get(4)) : 5000;
        Optional<SoundLibrary.Sound> sound = s.setup().sounds.find(argv.get(2));
        if (sound.isEmpty()) {
            s.channel().markFailure();
            s.reply("200 result=-1 endpos=0");
            return true;
        }
        Playback playback = new Playback(sound.get(), 0, s.commandStart());
        Happening h = playback.play(s, argv.get(3), true);
        if (h instanceof Happening.Deadline) {
            h = waitForKey(s, argv.get(3), playback.endsAt() + timeout);
        }
        if (!(h instanceof Happening.Input)) {
            long endpos = h instanceof Happening.Key k ? playback.endpos(k.at(), false) : playback.samples();
            s.reply("200 result=" + resultOf(h) + " endpos=" + endpos);
        }
        return true;
    }

    private static Happening waitForKey(AgiSession s, String keys, long deadline) throws InterruptedException {
        while (true) {
            Happening h = s.await(deadline, true);
            if (!(h instanceof Happening.Key key) || keys.indexOf(key.digit()) >= 0) {
                return h;
            }
        }
    }

    static String resultOf(Happening h) {
        if (h instanceof Happening.Key k) {
            return Integer.toString(k.digit());
        }
        return h instanceof Happening.HungUp ? "-1" : "0";
    }

    private static boolean getData(AgiSession s, List<String> argv) throws InterruptedException {
        if (argv.size() < 3) {
            return false;
        }
        int timeout = argv.size() >= 4 ? AgiCommands.atoi(argv.get(3)) : 0;
        timeout = timeout <= 0 ? DEFAULT_GET_DATA_TIMEOUT_MS : timeout;
        int max = argv.size() >= 5 ? AgiCommands.atoi(argv.get(4)) : DEFAULT_MAX_DIGITS;
        max = max <= 0 ? DEFAULT_MAX_DIGITS : max;
        Optional<SoundLibrary.Sound> prompt = s.setup().sounds.find(argv.get(2));
        if (prompt.isEmpty()) {
            s.reply("200 result=-1");
            return true;
        }
        Playback playback = new Playback(prompt.get(), 0, s.commandStart());
        Happening h = playback.play(s, ALL_KEYS, true);
        StringBuilder digits = new StringBuilder();
        long last = playback.endsAt();
        while (true) {
            if (h instanceof Happening.Input) {
                return true;
            }
            if (h instanceof Happening.HungUp) {
                s.reply("200 result=-1");
                return true;
            }
            if (h instanceof Happening.Deadline d && d.at() > playback.endsAt()) {
                s.reply("200 result=" + digits + " (timeout)");
                return true;
            }
            if (h instanceof Happening.Key k) {
                if (k.digit() == '#' || digits.append(k.digit()).length() >= max) {
                    s.reply("200 result=" + digits);
                    return true;
                }
                last = k.at();
            }
            h = s.await(last + timeout, true);
        }
    }

    private static boolean waitForDigit(AgiSession s, List<String> argv) throws InterruptedException {
        if (argv.size() != 4) {
            return false;
        }
        Long timeout = AgiCommands.leadingNumber(argv.get(3));
        if (timeout == null) {
            return false;
        }
        long deadline = timeout < 0 ? Long.MAX_VALUE : s.commandStart() + timeout;
        Happening h = s.await(deadline, true);
        // the AGI socket becoming readable ends the wait as if the digit '1' had been pressed
        s.reply("200 result=" + (h instanceof Happening.Input ? "1" : resultOf(h)));
        return true;
    }
}
