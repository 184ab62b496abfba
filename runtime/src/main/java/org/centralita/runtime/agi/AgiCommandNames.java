package org.centralita.runtime.agi;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.asteriskjava.fastagi.command.AgiCommand;

/**
 * The name of an AGI command as the AGI protocol spells it ({@code STREAM FILE}, {@code GET DATA},
 * {@code EXEC}), without its arguments: the label of the command latency metric. Worked out once
 * per command class from the command line it builds, then remembered.
 */
final class AgiCommandNames {

    /** Asterisk's AGI commands, longest first so that {@code CONTROL STREAM FILE} is not taken for less. */
    private static final List<String> NAMES = List.of("CONTROL STREAM FILE", "GET FULL VARIABLE", "SET AUTOHANGUP",
            "SPEECH ACTIVATE GRAMMAR", "SPEECH DEACTIVATE GRAMMAR", "SPEECH LOAD GRAMMAR", "SPEECH UNLOAD GRAMMAR",
            "SPEECH RECOGNIZE", "SPEECH DESTROY", "SPEECH CREATE", "SPEECH SET", "ASYNCAGI BREAK", "CHANNEL STATUS",
            "DATABASE DELTREE", "DATABASE DEL", "DATABASE GET", "DATABASE PUT", "GET VARIABLE", "GET OPTION",
            "GET DATA", "RECEIVE CHAR", "RECEIVE TEXT", "RECORD FILE", "SAY ALPHA", "SAY DATETIME", "SAY DATE",
            "SAY DIGITS", "SAY NUMBER", "SAY PHONETIC", "SAY TIME", "SEND IMAGE", "SEND TEXT", "SET CALLERID",
            "SET CONTEXT", "SET EXTENSION", "SET MUSIC", "SET PRIORITY", "SET VARIABLE", "STREAM FILE", "TDD MODE",
            "WAIT FOR DIGIT", "ANSWER", "EXEC", "GOSUB", "HANGUP", "NOOP", "VERBOSE");

    private static final Map<Class<?>, String> BY_CLASS = new ConcurrentHashMap<>();

    private AgiCommandNames() {
    }

    static String of(AgiCommand command) {
        String name = BY_CLASS.get(command.getClass());
        if (name == null) {
            name = nameIn(command.buildCommand());
            BY_CLASS.putIfAbsent(command.getClass(), name);
        }
        return name;
    }

    /** The protocol name a command line starts with; its first word when it is none of Asterisk's. */
    static String nameIn(String commandLine) {
        String line = commandLine.strip();
        for (String name : NAMES) {
            if (line.startsWith(name) && (line.length() == name.length() || line.charAt(name.length()) == ' ')) {
                return name;
            }
        }
        int space = line.indexOf(' ');
        return space < 0 ? line : line.substring(0, space);
    }
}
