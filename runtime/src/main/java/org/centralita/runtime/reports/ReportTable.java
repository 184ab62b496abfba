package org.centralita.runtime.reports;

import java.util.List;
import java.util.Locale;

/**
 * One report as a table: the one form that the text, CSV, HTML and JSON outputs all print, so
 * that every output of a report shows the same numbers.
 *
 * @param name the table's id ({@code queues}, {@code flows} ...), used in file names and URLs
 * @param title what a person reads above it
 * @param columns the column headings
 * @param rows the cells: text, whole numbers ({@link Long}) or decimals ({@link Double}, one decimal shown)
 */
public record ReportTable(String name, String title, List<String> columns, List<List<Object>> rows) {

    public ReportTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(java.util.Collections::unmodifiableList).toList();
    }

    /** A cell as printed everywhere: decimals with one digit, nothing for null. */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double number) {
            return String.format(Locale.ROOT, "%.1f", number);
        }
        return value.toString();
    }
}
