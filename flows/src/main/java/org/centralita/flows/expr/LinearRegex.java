package org.centralita.flows.expr;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The {@code =~} and {@code !~} match of expressions, with Google RE2/J: its time grows with the
 * text's length, never exponentially as {@code java.util.regex} backtracking can
 * ({@code (.*a){20}$}). The text is read through a view that stops the match once the running
 * evaluation's budget is spent, so even a long text cannot hold a call.
 */
final class LinearRegex {

    /** The cancellation flag of the evaluation running on this thread: JEXL hands its arithmetic no context. */
    private static final ThreadLocal<AtomicBoolean> RUNNING = new ThreadLocal<>();
    /**
     * Patterns compiled once, not per call: a flow's patterns are nearly always literals. Bounded,
     * so patterns built from callers' input cannot grow it; past the bound they are compiled per use.
     */
    private static final int MOST_PATTERNS = 512;
    private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();

    private LinearRegex() {
    }

    /** Whether the whole of {@code text} matches {@code regex}. */
    static boolean matches(String regex, String text) {
        Pattern pattern = COMPILED.get(regex);
        if (pattern == null) {
            pattern = compile(regex);
            if (COMPILED.size() < MOST_PATTERNS) {
                COMPILED.putIfAbsent(regex, pattern);
            }
        }
        AtomicBoolean cancellation = RUNNING.get();
        return pattern.matcher(cancellation == null ? text : new BudgetedText(text, cancellation)).matches();
    }

    private static Pattern compile(String regex) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("'" + regex + "' is not a regular expression: " + e.getDescription());
        }
    }

    /** Runs {@code evaluation} with {@code cancellation} as the flag its matches obey. */
    static <T, E extends Exception> T under(AtomicBoolean cancellation, Evaluation<T, E> evaluation) throws E {
        AtomicBoolean outer = RUNNING.get();
        RUNNING.set(cancellation);
        try {
            return evaluation.run();
        } finally {
            if (outer == null) {
                RUNNING.remove();
            } else {
                RUNNING.set(outer);
            }
        }
    }

    /** Work that may throw its own checked exception. */
    @FunctionalInterface
    interface Evaluation<T, E extends Exception> {
        T run() throws E;
    }

    /** Thrown inside a match whose evaluation ran out of budget. */
    static final class BudgetSpent extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BudgetSpent() {
            super("the evaluation ran out of its time budget", null, false, false);
        }
    }

    /** The text as the matcher reads it, checking the flag every few hundred characters. */
    private record BudgetedText(String text, AtomicBoolean cancellation) implements CharSequence {

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            if ((index & 0xFF) == 0 && cancellation.get()) {
                throw new BudgetSpent();
            }
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new BudgetedText(text.substring(start, end), cancellation);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
