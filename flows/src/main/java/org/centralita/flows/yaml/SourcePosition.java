package org.centralita.flows.yaml;

/** Where something is written: a file, a 1-based line and a 1-based column. */
public record SourcePosition(String file, int line, int column) {

    public static SourcePosition start(String file) {
        return new SourcePosition(file, 1, 1);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
