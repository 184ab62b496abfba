package org.centralita.runtime.store;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One table of sums per quarter hour (migration V21) and the statement that adds a row of
 * differences to it: {@code INSERT ... ON CONFLICT DO UPDATE} on PostgreSQL, the standard
 * {@code MERGE} on H2. Key columns are {@code bucket} (BIGINT) then text; every other column is
 * added to ({@link Kind#ADD}), kept at its maximum ({@link Kind#MAX}) or kept while every writer
 * agrees on it, else set to -1 ({@link Kind#SAME}: the thresholds a row's counts were made with).
 */
public final class SumTable {

    /** How a column takes a new row's value. */
    public enum Kind { ADD, MAX, SAME }

    /** A column that is not part of the key. */
    public record Column(String name, Kind kind) { }

    private final String name;
    private final List<String> textKeys;
    private final List<Column> columns;

    SumTable(String name, List<String> textKeys, List<Column> columns) {
        this.name = name;
        this.textKeys = List.copyOf(textKeys);
        this.columns = List.copyOf(columns);
    }

    static Column add(String name) {
        return new Column(name, Kind.ADD);
    }

    public String name() {
        return name;
    }

    /** How many text key columns follow {@code bucket}. */
    public int textKeys() {
        return textKeys.size();
    }

    public List<Column> columns() {
        return columns;
    }

    /** The upsert; its parameters are the bucket, the text keys, then the columns in order. */
    public String upsert(boolean postgres) {
        List<String> keys = new ArrayList<>();
        keys.add("bucket");
        keys.addAll(textKeys);
        List<String> all = new ArrayList<>(keys);
        columns.forEach(c -> all.add(c.name()));
        List<String> casts = new ArrayList<>();
        casts.add("CAST(? AS BIGINT)");
        textKeys.forEach(k -> casts.add("CAST(? AS VARCHAR(200))"));
        columns.forEach(c -> casts.add(c.kind() == Kind.SAME ? "CAST(? AS INTEGER)" : "CAST(? AS BIGINT)"));
        String target = postgres ? name : "t";
        String source = postgres ? "EXCLUDED" : "s";
        String set = columns.stream().map(c -> c.name() + " = " + merged(c, target + "." + c.name(), source + "." + c.name()))
                .collect(Collectors.joining(", "));
        if (postgres) {
            return "INSERT INTO " + name + " (" + String.join(", ", all) + ") VALUES (" + String.join(", ", casts)
                    + ") ON CONFLICT (" + String.join(", ", keys) + ") DO UPDATE SET " + set;
        }
        return "MERGE INTO " + name + " t USING (VALUES (" + String.join(", ", casts) + ")) AS s ("
                + String.join(", ", all) + ") ON " + keys.stream().map(k -> "t." + k + " = s." + k)
                .collect(Collectors.joining(" AND ")) + " WHEN MATCHED THEN UPDATE SET " + set
                + " WHEN NOT MATCHED THEN INSERT (" + String.join(", ", all) + ") VALUES ("
                + all.stream().map(c -> "s." + c).collect(Collectors.joining(", ")) + ")";
    }

    private static String merged(Column column, String kept, String added) {
        return switch (column.kind()) {
            case ADD -> kept + " + " + added;
            case MAX -> "GREATEST(" + kept + ", " + added + ")";
            case SAME -> "CASE WHEN " + kept + " = " + added + " THEN " + kept + " ELSE -1 END";
        };
    }
}
