package org.centralita.runtime.agi.simulator;

import java.util.List;

/** ANSWER, CHANNEL STATUS, HANGUP, NOOP, VERBOSE and the commands that only set things. */
final class ChannelCommands {
    /** ANSWER waits for the caller's first media frame: about 20 ms from a silent caller, 1 ms from a playing one. */
    private static final long FIRST_FRAME_SILENT_MS = 20;
    private static final long FIRST_FRAME_MEDIA_MS = 1;

    private ChannelCommands() {
    }

    static void register(AgiCommands.Registry r) {
        r.add("ANSWER", false, ChannelCommands::answer);
        r.add("CHANNEL STATUS", false, ChannelCommands::channelStatus);
        r.add("HANGUP", false, ChannelCommands::hangup);
        r.add("NOOP", true, (s, argv) -> ok(s, "0"));
        r.add("VERBOSE", true, (s, argv) -> argv.size() >= 2 && ok(s, "1"));
        r.add("ASYNCAGI BREAK", true, (s, argv) -> ok(s, "0"));
        r.add("SET AUTOHANGUP", false,
                (s, argv) -> argv.size() == 3 && AgiCommands.leadingNumber(argv.get(2)) != null && ok(s, "0"));
        r.add("SET CALLERID", false, ChannelCommands::setCallerId);
        r.add("SET CONTEXT", false, (s, argv) -> argv.size() == 3 && ok(s, "0"));
        r.add("SET EXTENSION", false, (s, argv) -> argv.size() == 3 && ok(s, "0"));
        r.add("SET PRIORITY", false, (s, argv) -> argv.size() == 3 && ok(s, "0"));
        r.add("SET MUSIC", false, (s, argv) -> argv.size() >= 3 && ok(s, "0"));
        r.add("TDD MODE", false, (s, argv) -> argv.size() == 3 && ok(s, "0"));
        r.add("SEND TEXT", false, (s, argv) -> argv.size() == 3 && ok(s, "0"));
        r.add("SEND IMAGE", false, (s, argv) -> argv.size() == 3 && ok(s, "0"));
        r.add("RECEIVE CHAR", false, (s, argv) -> argv.size() == 3 && ok(s, "0"));
        r.add("RECEIVE TEXT", false, (s, argv) -> argv.size() == 3 && ok(s, "-1"));
        r.add("GOSUB", false, (s, argv) -> argv.size() >= 3 && ok(s, "0"));
        r.add("SPEECH CREATE", false, (s, argv) -> ok(s, "0"));
        r.add("SPEECH DESTROY", false, (s, argv) -> ok(s, "0"));
        r.add("SPEECH SET", false, (s, argv) -> argv.size() == 4 && ok(s, "0"));
        r.add("SPEECH LOAD GRAMMAR", false, (s, argv) -> argv.size() == 5 && ok(s, "0"));
        r.add("SPEECH UNLOAD GRAMMAR", false, (s, argv) -> argv.size() == 4 && ok(s, "0"));
        r.add("SPEECH ACTIVATE GRAMMAR", false, (s, argv) -> argv.size() == 4 && ok(s, "0"));
        r.add("SPEECH DEACTIVATE GRAMMAR", false, (s, argv) -> argv.size() == 4 && ok(s, "0"));
        r.add("SPEECH RECOGNIZE", false, (s, argv) -> argv.size() >= 5 && ok(s, "0"));
    }

    static boolean ok(AgiSession s, String result) {
        s.reply("200 result=" + result);
        return true;
    }

    private static boolean answer(AgiSession s, List<String> argv) throws InterruptedException {
        if (s.channel().state() != ChannelState.STATE_UP) {
            long wait = s.setup().callerSendsMedia ? FIRST_FRAME_MEDIA_MS : FIRST_FRAME_SILENT_MS;
            if (s.await(s.commandStart() + wait, false) instanceof Happening.HungUp) {
                return ok(s, "-1");
            }
            s.channel().answer();
        }
        return ok(s, "0");
    }

    private static boolean channelStatus(AgiSession s, List<String> argv) {
        if (argv.size() == 2) {
            return ok(s, Integer.toString(s.channel().state()));
        }
        if (argv.size() != 3) {
            return false;
        }
        String name = argv.get(2);
        if (name.equals(s.channel().name())) {
            return ok(s, Integer.toString(s.channel().state()));
        }
        return ok(s, name.equals(s.peer().name()) ? "6" : "-1");
    }

    private static boolean hangup(AgiSession s, List<String> argv) {
        if (argv.size() > 2) {
            return false;
        }
        if (argv.size() == 2 && !argv.get(1).equals(s.channel().name()) && !argv.get(1).equals(s.peer().name())) {
            return ok(s, "-1");
        }
        s.channel().hangUp(0);
        return ok(s, "1");
    }

    private static boolean setCallerId(AgiSession s, List<String> argv) {
        if (argv.size() >= 3) {
            String id = argv.get(2);
            int lt = id.indexOf('<');
            if (lt >= 0 && id.endsWith(">")) {
                s.channel().set("CALLERID(name)", id.substring(0, lt).strip().replace("\"", ""));
                s.channel().set("CALLERID(num)", id.substring(lt + 1, id.length() - 1));
            } else {
                s.channel().set("CALLERID(num)", id);
            }
        }
        return ok(s, "1");
    }
}
