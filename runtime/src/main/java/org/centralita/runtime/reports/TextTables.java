package org.centralita.runtime.reports;

import java.util.List;

/** Prints report tables as aligned text columns for a terminal: names left, numbers right. */
final class TextTables {

    private TextTables() {
    }

    static String render(List<ReportTable> tables, String heading) {
        StringBuilder out = new StringBuilder(heading).append("\n");
        for (ReportTable table : tables) {
            out.append('\n').append(table.title()).append('\n');
            int[] widths = widths(table);
            line(out, table.columns().stream().map(c -> (Object) c).toList(), widths, true);
            StringBuilder rule = new StringBuilder();
            for (int width : widths) {
                rule.append("-".repeat(width)).append("  ");
            }
            out.append(rule.toString().stripTrailing()).append('\n');
            table.rows().forEach(row -> line(out, row, widths, false));
            if (table.rows().isEmpty()) {
                out.append("(no calls in this period)\n");
            }
        }
        return out.toString();
    }

    private static int[] widths(ReportTable table) {
        int[] widths = new int[table.columns().size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = table.columns().get(i).length();
            for (List<Object> row : table.rows()) {
                widths[i] = Math.max(widths[i], ReportTable.cell(row.get(i)).length());
            }
        }
        return widths;
    }

    private static void line(StringBuilder out, List<Object> cells, int[] widths, boolean heading) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            String text = heading ? String.valueOf(cells.get(i)) : ReportTable.cell(cells.get(i));
            boolean number = !heading && cells.get(i) instanceof Number;
            line.append(number ? pad(text, widths[i], true) : pad(text, widths[i], false)).append("  ");
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    private static String pad(String text, int width, boolean right) {
        String spaces = " ".repeat(Math.max(0, width - text.length()));
        return right ? spaces + text : text + spaces;
    }
}
