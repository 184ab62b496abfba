package org.centralita.runtime.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/** How a report is printed: a text table for people, CSV for spreadsheets and scripts, an HTML page. */
public enum ReportFormat {
    TEXT, CSV, HTML;

    private static final CsvMapper CSV_MAPPER = new CsvMapper();

    /** {@code text}, {@code csv} or {@code html}. */
    public static ReportFormat parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown report format '" + text + "': use text, csv or html", e);
        }
    }

    /** The file name ending of this format. */
    public String extension() {
        return this == TEXT ? "txt" : name().toLowerCase(Locale.ROOT);
    }

    /** The tables in this format, one after the other. */
    public String render(List<ReportTable> tables, String heading) {
        return switch (this) {
            case TEXT -> TextTables.render(tables, heading);
            case CSV -> csv(tables);
            case HTML -> HtmlReport.page(tables, heading);
        };
    }

    /**
     * One table as CSV (RFC 4180: a heading line, quotes where needed). A text cell that a
     * spreadsheet would take for a formula (it starts with {@code = + - @}, a tab or a carriage
     * return: a queue, agent or node name comes from the PBX and the flow files) is written with a
     * leading apostrophe, so that opening the file never runs it (OWASP's CSV injection advice).
     */
    public static String csv(ReportTable table) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        table.columns().forEach(schema::addColumn);
        StringWriter out = new StringWriter();
        try (SequenceWriter writer = CSV_MAPPER.writer(schema.build()).writeValues(out)) {
            for (List<Object> row : table.rows()) {
                writer.write(row.stream().map(ReportFormat::csvCell).toList());
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a report cell could not be written as CSV", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String csvCell(Object value) {
        String cell = ReportTable.cell(value);
        boolean text = !(value instanceof Number);
        return text && !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    private static String csv(List<ReportTable> tables) {
        StringBuilder out = new StringBuilder();
        for (ReportTable table : tables) {
            if (tables.size() > 1) {
                out.append("# ").append(table.title()).append('\n');
            }
            out.append(csv(table));
            if (tables.size() > 1) {
                out.append('\n');
            }
        }
        return out.toString();
    }
}
