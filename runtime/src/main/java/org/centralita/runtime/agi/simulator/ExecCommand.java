package org.centralita.runtime.agi.simulator;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * EXEC of the dialplan applications an IVR uses: Playback, Wait, Set, NoOp, Queue, Dial and
 * VoiceMail, each returning the application's own code (-2 for an unknown one, -1 when an
 * answered Queue/Dial ends with the callee hanging up, or on the caller's hang-up). Only the
 * first argument after the application name is used.
 */
final class ExecCommand {
    private static final long VOICEMAIL_MAX_MS = 60_000;

    private ExecCommand() {
    }

    static void register(AgiCommands.Registry r) {
        r.add("EXEC", true, ExecCommand::exec);
    }

    private static boolean exec(AgiSession s, List<String> argv) throws InterruptedException {
        if (argv.size() < 2) {
            return false;
        }
        String app = argv.get(1).toLowerCase(Locale.ROOT);
        String data = argv.size() >= 3 ? argv.get(2) : "";
        if (s.channel().isDead()) {
            boolean harmless = app.equals("playback") || app.equals("noop") || app.equals("set");
            return ChannelCommands.ok(s, harmless ? "0" : "-1");
        }
        int result = switch (app) {
            case "playback" -> playback(s, data);
            case "wait" -> waitFor(s, (long) (parseDouble(data) * 1000));
            case "set" -> set(s, data);
            case "noop" -> 0;
            case "queue" -> queue(s, data.split(",", -1));
            case "dial" -> dial(s, data.split(",", -1));
            case "voicemail" -> voicemail(s);
            default -> -2;
        };
        return ChannelCommands.ok(s, Integer.toString(result));
    }

    private static int playback(AgiSession s, String data) throws InterruptedException {
        long start = s.commandStart();
        for (String file : data.split("&")) {
            Optional<SoundLibrary.Sound> sound = s.setup().sounds.find(file);
            if (sound.isEmpty()) {
                s.channel().set("PLAYBACKSTATUS", "FAILED");
                return 0;
            }
            Playback playback = new Playback(sound.get(), 0, start);
            if (playback.play(s, "", false) instanceof Happening.HungUp) {
                return -1;
            }
            start = playback.endsAt();
        }
        s.channel().set("PLAYBACKSTATUS", "SUCCESS");
        return 0;
    }

    private static int waitFor(AgiSession s, long ms) throws InterruptedException {
        return untilHangup(s, s.commandStart() + ms) ? -1 : 0;
    }

    /** Waits (ignoring keys) until the deadline; true when the caller hung up first. */
    private static boolean untilHangup(AgiSession s, long deadline) throws InterruptedException {
        while (true) {
            Happening h = s.await(deadline, false);
            if (h instanceof Happening.HungUp) {
                return true;
            }
            if (h instanceof Happening.Deadline) {
                return false;
            }
        }
    }

    private static int set(AgiSession s, String data) {
        int eq = data.indexOf('=');
        if (eq > 0) {
            s.channel().set(data.substring(0, eq), data.substring(eq + 1));
        }
        return 0;
    }

    private static int queue(AgiSession s, String[] args) throws InterruptedException {
        PbxTarget target = s.setup().queues.get(args[0]);
        long timeout = args.length > 4 && !args[4].isBlank() ? (long) (parseDouble(args[4]) * 1000) : Long.MAX_VALUE;
        if (target == null) {
            s.channel().set("QUEUESTATUS", "UNKNOWN");
            return 0;
        }
        return switch (target.outcome()) {
            case EMPTY -> status(s, "QUEUESTATUS", "JOINEMPTY", 0);
            case FULL -> status(s, "QUEUESTATUS", "FULL", 0);
            case ANSWERS -> target.answerAfterMs() < timeout
                    ? agentAnswers(s, target)
                    : ring(s, timeout, "QUEUESTATUS", "TIMEOUT");
            default -> ring(s, timeout, "QUEUESTATUS", "TIMEOUT");
        };
    }

    private static int dial(AgiSession s, String[] args) throws InterruptedException {
        PbxTarget target = s.setup().dialTargets.get(args[0]);
        long timeout = args.length > 1 && !args[1].isBlank() ? (long) (parseDouble(args[1]) * 1000) : Long.MAX_VALUE;
        if (target == null) {
            return status(s, "DIALSTATUS", "CHANUNAVAIL", 0);
        }
        return switch (target.outcome()) {
            case BUSY -> status(s, "DIALSTATUS", "BUSY", 0);
            case ANSWERS -> {
                if (target.answerAfterMs() >= timeout) {
                    yield dialRing(s, timeout);
                }
                if (untilHangup(s, s.commandStart() + target.answerAfterMs())) {
                    yield status(s, "DIALSTATUS", "CANCEL", -1);
                }
                s.channel().set("DIALSTATUS", "ANSWER");
                yield talk(s, target);
            }
            default -> dialRing(s, timeout);
        };
    }

    /** app_dial sets DIALSTATUS=CANCEL when the caller hangs up while the callee rings. */
    private static int dialRing(AgiSession s, long timeout) throws InterruptedException {
        long deadline = timeout == Long.MAX_VALUE ? Long.MAX_VALUE : s.commandStart() + timeout;
        if (untilHangup(s, deadline)) {
            return status(s, "DIALSTATUS", "CANCEL", -1);
        }
        return status(s, "DIALSTATUS", "NOANSWER", 0);
    }

    private static int ring(AgiSession s, long timeout, String variable, String status) throws InterruptedException {
        long deadline = timeout == Long.MAX_VALUE ? Long.MAX_VALUE : s.commandStart() + timeout;
        if (untilHangup(s, deadline)) {
            return -1;
        }
        return status(s, variable, status, 0);
    }

    private static int talk(AgiSession s, PbxTarget target) throws InterruptedException {
        untilHangup(s, s.commandStart() + target.answerAfterMs() + target.talkMs());
        return -1;
    }

    /**
     * A queue call an agent answers: a caller who hangs up while it still rings abandons (-1,
     * QUEUESTATUS and MEMBERINTERFACE unset); once answered, app_queue sets MEMBERINTERFACE (with
     * setinterfacevar) and the call ends with -1 whoever hangs up, the caller's channel dead or not.
     */
    private static int agentAnswers(AgiSession s, PbxTarget target) throws InterruptedException {
        if (untilHangup(s, s.commandStart() + target.answerAfterMs())) {
            return -1;
        }
        if (target.memberInterface() != null) {
            s.channel().set("MEMBERINTERFACE", target.memberInterface());
        }
        return talk(s, target);
    }

    private static int voicemail(AgiSession s) throws InterruptedException {
        if (untilHangup(s, s.commandStart() + VOICEMAIL_MAX_MS)) {
            return -1;
        }
        return status(s, "VMSTATUS", "SUCCESS", 0);
    }

    private static int status(AgiSession s, String variable, String value, int result) {
        s.channel().set(variable, value);
        return result;
    }

    private static double parseDouble(String text) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
