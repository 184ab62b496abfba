package org.centralita.runtime.agi;

import org.asteriskjava.fastagi.command.GetDataCommand;
import org.asteriskjava.fastagi.command.SetVariableCommand;
import org.asteriskjava.fastagi.command.StreamFileCommand;

/**
 * The AGI commands a call sends most (STREAM FILE, GET DATA, SET VARIABLE), quoted without
 * Asterisk-Java's per-argument regular expressions and {@code String.format}: the same bytes on
 * the wire, at a fraction of the CPU and garbage per command.
 */
final class QuotedCommands {

    private QuotedCommands() {
    }

    static StreamFileCommand streamFile(String file, String escapeDigits) {
        return new StreamFile(file, escapeDigits);
    }

    static GetDataCommand getData(String file, long timeoutMillis, int maxDigits) {
        return new GetData(file, timeoutMillis, maxDigits);
    }

    static SetVariableCommand setVariable(String name, String value) {
        return new SetVariable(name, value);
    }

    /** As Asterisk-Java quotes an argument: backslashes and quotes escaped, line feeds dropped. */
    static String quote(String text) {
        if (text == null) {
            return "\"\"";
        }
        StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '"') {
                quoted.append('\\').append(c);
            } else if (c != '\n') {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }

    private static final class StreamFile extends StreamFileCommand {
        private static final long serialVersionUID = 1L;

        StreamFile(String file, String escapeDigits) {
            super(file, escapeDigits);
        }

        @Override
        protected String escapeAndQuote(String text) {
            return quote(text);
        }
    }

    private static final class GetData extends GetDataCommand {
        private static final long serialVersionUID = 1L;

        GetData(String file, long timeoutMillis, int maxDigits) {
            super(file, timeoutMillis, maxDigits);
        }

        @Override
        protected String escapeAndQuote(String text) {
            return quote(text);
        }
    }

    private static final class SetVariable extends SetVariableCommand {
        private static final long serialVersionUID = 1L;

        SetVariable(String name, String value) {
            super(name, value);
        }

        @Override
        protected String escapeAndQuote(String text) {
            return quote(text);
        }
    }
}
