package org.centralita.runtime.serve;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.centralita.runtime.agi.simulator.AgiArguments;
import org.centralita.runtime.agi.simulator.CallerScript;

/**
 * The AGI commands a runtime sent on one simulated call, each line as Asterisk read it and in
 * order, while the caller does what another reaction says: what the tests of the wire compare.
 */
final class WireLog implements CallerScript.Reaction {

    private final List<String> commands = new CopyOnWriteArrayList<>();
    private final CallerScript.Reaction caller;

    private WireLog(CallerScript.Reaction caller) {
        this.caller = caller;
    }

    /** A log of a call whose caller does what {@code caller} does. */
    static WireLog of(CallerScript.Reaction caller) {
        return new WireLog(caller);
    }

    /** The caller's script, to place the call with. */
    CallerScript script() {
        return CallerScript.silent().reacting(this);
    }

    @Override
    public void commandStarted(int command, String line, CallerScript script) {
        commands.add(line);
        caller.commandStarted(command, line, script);
    }

    /** Every command line so far. */
    List<String> commands() {
        return List.copyOf(commands);
    }

    /** The command lines that begin with {@code verb} ("STREAM FILE", "WAIT FOR DIGIT", ...). */
    List<String> named(String verb) {
        return commands.stream().filter(line -> line.startsWith(verb + " ") || line.equals(verb)).toList();
    }

    /** The commands that begin with {@code verb}, each as the words Asterisk reads (quotes resolved). */
    List<List<String>> parsed(String verb) {
        return named(verb).stream().map(AgiArguments::split).toList();
    }

    /** The words Asterisk reads in {@code line}: a command as a transcript shows it, to compare with {@link #parsed}. */
    static List<String> words(String line) {
        return AgiArguments.split(line);
    }

    /** The position of the first command line that begins with {@code prefix}, -1 when none. */
    int indexOf(String prefix) {
        List<String> lines = commands();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }
}
