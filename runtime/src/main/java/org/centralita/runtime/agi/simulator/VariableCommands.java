package org.centralita.runtime.agi.simulator;

import java.util.List;

/** GET/SET VARIABLE, GET FULL VARIABLE and DATABASE *: all still answer on a dead channel. */
final class VariableCommands {
    private VariableCommands() {
    }

    static void register(AgiCommands.Registry r) {
        r.add("GET VARIABLE", true, VariableCommands::get);
        r.add("SET VARIABLE", true, VariableCommands::set);
        r.add("GET FULL VARIABLE", true, VariableCommands::getFull);
        r.add("DATABASE PUT", true, VariableCommands::databasePut);
        r.add("DATABASE GET", true, VariableCommands::databaseGet);
        r.add("DATABASE DEL", true, VariableCommands::databaseDel);
        r.add("DATABASE DELTREE", true, VariableCommands::databaseDeltree);
    }

    private static boolean get(AgiSession s, List<String> argv) {
        if (argv.size() != 3) {
            return false;
        }
        return value(s, s.channel().get(argv.get(2)));
    }

    private static boolean value(AgiSession s, String value) {
        s.reply(value == null ? "200 result=0" : "200 result=1 (" + value + ")");
        return true;
    }

    private static boolean set(AgiSession s, List<String> argv) {
        if (argv.size() != 4) {
            return false;
        }
        s.channel().set(argv.get(2), argv.get(3));
        return ChannelCommands.ok(s, "1");
    }

    private static boolean getFull(AgiSession s, List<String> argv) {
        if (argv.size() != 4 && argv.size() != 5) {
            return false;
        }
        ChannelState target = s.channel();
        if (argv.size() == 5) {
            String name = argv.get(4);
            if (name.equals(s.peer().name())) {
                target = s.peer();
            } else if (!name.equals(s.channel().name())) {
                return ChannelCommands.ok(s, "0");
            }
        }
        return value(s, target.substitute(argv.get(3)));
    }

    private static boolean databasePut(AgiSession s, List<String> argv) {
        if (argv.size() != 5) {
            return false;
        }
        s.database().put(argv.get(2) + "/" + argv.get(3), argv.get(4));
        return ChannelCommands.ok(s, "1");
    }

    private static boolean databaseGet(AgiSession s, List<String> argv) {
        if (argv.size() != 4) {
            return false;
        }
        return value(s, s.database().get(argv.get(2) + "/" + argv.get(3)));
    }

    private static boolean databaseDel(AgiSession s, List<String> argv) {
        if (argv.size() != 4) {
            return false;
        }
        return ChannelCommands.ok(s, s.database().remove(argv.get(2) + "/" + argv.get(3)) != null ? "1" : "0");
    }

    private static boolean databaseDeltree(AgiSession s, List<String> argv) {
        if (argv.size() < 3 || argv.size() > 4) {
            return false;
        }
        String prefix = argv.get(2) + "/" + (argv.size() == 4 ? argv.get(3) : "");
        s.database().keySet().removeIf(key -> key.startsWith(prefix));
        return ChannelCommands.ok(s, "1");
    }
}
