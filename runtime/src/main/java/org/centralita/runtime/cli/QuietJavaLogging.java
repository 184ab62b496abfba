package org.centralita.runtime.cli;

/**
 * The java.util.logging configuration of the command line: none, so nothing is printed through it.
 * Sphinx4 otherwise installs its own console handler at INFO and prints every model unit it loads
 * on standard error, where the command line promises errors only; it leaves logging alone when a
 * configuration is named. The runtime's own logging is SLF4J (logback).
 */
public final class QuietJavaLogging {

    /** Named by {@code java.util.logging.config.class}: the LogManager calls it instead of reading a file. */
    public QuietJavaLogging() {
        // no handlers: nothing is written through java.util.logging
    }

    /** Names this configuration unless the JVM was given one. Call before anything logs. */
    static void install() {
        if (System.getProperty("java.util.logging.config.class") == null
                && System.getProperty("java.util.logging.config.file") == null) {
            System.setProperty("java.util.logging.config.class", QuietJavaLogging.class.getName());
        }
    }
}
