package org.centralita.runtime.agi.simulator;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an AGI command line into words the way res_agi does: blanks are only space and tab,
 * double quotes group (and a quote after a blank starts a word, even an empty one), a
 * backslash takes the next character literally, single quotes are ordinary characters and a
 * carriage return is an ordinary character. Public for tests that compare commands as Asterisk
 * reads them (quoted or not).
 */
public final class AgiArguments {
    private AgiArguments() {
    }

    public static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder current = null;
        boolean quoted = false;
        boolean escaped = false;
        boolean blank = true;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"' && !escaped) {
                quoted = !quoted;
                if (quoted && blank) {
                    current = startWord(words, current);
                    blank = false;
                }
                continue;
            }
            if ((c == ' ' || c == '\t') && !quoted && !escaped) {
                blank = true;
                continue;
            }
            if (c == '\\' && !escaped) {
                escaped = true;
                continue;
            }
            if (blank) {
                current = startWord(words, current);
                blank = false;
            }
            current.append(c);
            escaped = false;
        }
        if (current != null) {
            words.add(current.toString());
        }
        return words;
    }

    private static StringBuilder startWord(List<String> words, StringBuilder current) {
        if (current != null) {
            words.add(current.toString());
        }
        return new StringBuilder();
    }
}
