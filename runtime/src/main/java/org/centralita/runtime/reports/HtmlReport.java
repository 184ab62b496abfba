package org.centralita.runtime.reports;

import java.util.List;

/** Writes report tables as one self-contained HTML page (no script, no outside file): the CLI's {@code --format html}. */
public final class HtmlReport {

    private HtmlReport() {
    }

    static String page(List<ReportTable> tables, String heading) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(heading)).append("</title>\n<style>body{font-family:sans-serif;margin:2em}"
                        + "table{border-collapse:collapse;margin-bottom:2em}th,td{border:1px solid #ccc;padding:.3em .6em}"
                        + "td.n{text-align:right}th{background:#eef}</style></head><body>\n<h1>")
                .append(escape(heading)).append("</h1>\n");
        tables.forEach(table -> html.append(table(table)));
        return html.append("</body></html>\n").toString();
    }

    /** One table, its numeric cells marked {@code class="n"}; the pages and the file print tables the same way. */
    public static String table(ReportTable table) {
        StringBuilder html = new StringBuilder("<h2>").append(escape(table.title())).append("</h2>\n<table id=\"table-")
                .append(escape(table.name())).append("\"><thead><tr>");
        table.columns().forEach(c -> html.append("<th>").append(escape(c)).append("</th>"));
        html.append("</tr></thead><tbody>\n");
        for (List<Object> row : table.rows()) {
            html.append("<tr>");
            row.forEach(cell -> html.append(cell instanceof Number ? "<td class=\"n\">" : "<td>")
                    .append(escape(ReportTable.cell(cell))).append("</td>"));
            html.append("</tr>\n");
        }
        return html.append("</tbody></table>\n").toString();
    }

    /** Escapes text for HTML content and attribute values. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
