package org.centralita.flows.yaml;

/**
 * How large a flow or calendar file, and each value in it, may be. A real flow of a thousand
 * nodes is a few hundred kilobytes; the limits refuse a hostile or broken file before it is read
 * whole or parsed, instead of spending minutes and gigabytes on it.
 */
public final class ReadLimits {

    /** The largest file read: checked on the file's size before reading, and on what is read. */
    public static final int MAX_FILE_BYTES = 2 * 1024 * 1024;

    /** The longest single value (a prompt's text, an expression, a name), in characters. */
    public static final int MAX_VALUE_CHARS = 64 * 1024;

    /** How deep maps and lists may nest; a flow needs about six levels. */
    public static final int MAX_NESTING_DEPTH = 32;

    private ReadLimits() {
    }

    /** {@code bytes} in the unit people read: bytes, KiB or MiB. */
    public static String size(long bytes) {
        if (bytes >= 1024 * 1024) {
            return String.format(java.util.Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
        }
        return bytes >= 1024 ? String.format(java.util.Locale.ROOT, "%.1f KiB", bytes / 1024.0) : bytes + " bytes";
    }
}
