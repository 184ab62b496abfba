package org.centralita.runtime.agi;

import org.asteriskjava.fastagi.command.AbstractAgiCommand;

/** SAY DATE, which Asterisk-Java 3.42 has no command class for. */
final class SayDateCommand extends AbstractAgiCommand {
    private static final long serialVersionUID = 1L;

    private final long epochSeconds;
    private final String escapeDigits;

    SayDateCommand(long epochSeconds, String escapeDigits) {
        this.epochSeconds = epochSeconds;
        this.escapeDigits = escapeDigits;
    }

    @Override
    public String buildCommand() {
        return "SAY DATE " + epochSeconds + " " + escapeAndQuote(escapeDigits);
    }
}
