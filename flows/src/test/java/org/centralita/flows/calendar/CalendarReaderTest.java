package org.centralita.flows.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CalendarReaderTest {

    private static final String MADRID = """
            timezone: Europe/Madrid
            weekly:
              mon-fri: ["08:00-20:00"]
              sat: ["09:00-14:00"]
              sun: ["08:00-14:00", "16:00-20:00"]
            holidays:
              - 2026-12-25
              - {from: 2026-12-31T14:00, to: 2027-01-01T23:59, name: New Year}
              - {date: 2026-03-29, name: Spring day}
              - {from: 2026-08-10, to: 2026-08-14, name: Summer break}
            overrides:
              - {from: 2026-11-30T10:00, to: 2026-11-30T12:00, state: closed, name: Fire drill}
              - {from: 2026-12-25T10:00, to: 2026-12-25T12:00, state: open, name: Christmas hotline}
            """;

    @TempDir
    static Path dir;
    private static BusinessCalendar madrid;

    @BeforeAll
    static void readCalendar() throws Exception {
        madrid = CalendarReader.read(write(dir, "madrid.yaml", MADRID));
    }

    @ParameterizedTest(name = "{0} is {1} ({2})")
    @CsvSource({
            "2026-06-03T05:59:59Z, CLOSED, Wednesday 07:59 summer time",
            "2026-06-03T06:00:00Z, OPEN, Wednesday 08:00 summer time",
            "2026-06-03T17:59:59Z, OPEN, Wednesday 19:59 summer time",
            "2026-06-03T18:00:00Z, CLOSED, Wednesday 20:00 summer time",
            "2026-06-06T11:30:00Z, OPEN, Saturday 13:30 summer time",
            "2026-06-06T12:30:00Z, CLOSED, Saturday 14:30 summer time",
            "2026-06-07T13:00:00Z, CLOSED, Sunday 15:00 between two intervals",
            "2026-06-07T14:00:00Z, OPEN, Sunday 16:00 second interval",
            "2026-10-25T06:30:00Z, CLOSED, DST end day: 07:30 winter time (08:30 if the summer offset were kept)",
            "2026-10-25T18:30:00Z, OPEN, DST end day: 19:30 winter time (20:30 if the summer offset were kept)",
            "2026-11-30T09:30:00Z, CLOSED, Fire drill override at 10:30 on a Monday",
            "2026-11-30T11:00:00Z, OPEN, Monday 12:00 after the fire drill",
            "2026-12-25T08:00:00Z, HOLIDAY, Christmas 09:00",
            "2026-12-25T09:30:00Z, OPEN, override opening Christmas at 10:30",
            "2026-12-25T11:00:00Z, HOLIDAY, Christmas 12:00 after the override",
            "2026-12-31T12:59:00Z, OPEN, New Year's Eve 13:59 before the range holiday",
            "2026-12-31T13:00:00Z, HOLIDAY, New Year's Eve 14:00 range holiday begins",
            "2027-01-01T10:00:00Z, HOLIDAY, New Year's Day inside the range",
            "2026-08-10T06:00:00Z, HOLIDAY, first day of a date range",
            "2026-08-14T17:00:00Z, HOLIDAY, last day of a date range covers the whole day",
            "2026-08-17T07:00:00Z, OPEN, Monday after the date range",
            "2026-03-28T23:00:00Z, HOLIDAY, DST start day: holiday begins at local midnight (UTC+1)",
            "2026-03-29T21:59:00Z, HOLIDAY, DST start day: 23:59 summer time still the holiday",
            "2026-03-29T22:30:00Z, CLOSED, DST start day is 23 hours: 00:30 Monday is no holiday",
    })
    void shouldTellTheStateAtEachMoment(String instant, CalendarState expected, String why) {
        // when
        CalendarState state = madrid.stateAt(Instant.parse(instant));

        // then
        assertThat(state).as(why).isEqualTo(expected);
    }

    @Test
    void shouldUseTheWallClockOnTheDayClocksGoForward() throws Exception {
        // given a calendar open every day 08:00-20:00, on 29 March 2026 (CET to CEST at 02:00)
        BusinessCalendar calendar = CalendarReader.read(write(dir, "daily.yaml", """
                timezone: Europe/Madrid
                weekly: {mon-sun: ["08:00-20:00"]}
                """));

        // then 06:30 UTC is 08:30 summer time (open) and 18:30 UTC is 20:30 (closed)
        assertThat(calendar.stateAt(Instant.parse("2026-03-29T06:30:00Z"))).isEqualTo(CalendarState.OPEN);
        assertThat(calendar.stateAt(Instant.parse("2026-03-29T18:30:00Z"))).isEqualTo(CalendarState.CLOSED);
        assertThat(calendar.stateAt(Instant.parse("2026-03-28T06:30:00Z"))).isEqualTo(CalendarState.CLOSED);
    }

    @Test
    void shouldAcceptDayListsAndMidnightAsAnEnd() throws Exception {
        // given
        BusinessCalendar calendar = CalendarReader.read(write(dir, "night.yaml", """
                timezone: UTC
                weekly:
                  mon,wed: ["22:00-24:00"]
                  fri-sun: closed
                """));

        // then
        assertThat(calendar.id()).isEqualTo("night");
        assertThat(calendar.stateAt(Instant.parse("2026-06-03T23:59:59Z"))).isEqualTo(CalendarState.OPEN);
        assertThat(calendar.stateAt(Instant.parse("2026-06-04T00:00:00Z"))).isEqualTo(CalendarState.CLOSED);
        assertThat(calendar.stateAt(Instant.parse("2026-06-02T23:00:00Z"))).isEqualTo(CalendarState.CLOSED);
        assertThat(calendar.stateAt(Instant.parse("2026-06-06T23:00:00Z"))).isEqualTo(CalendarState.CLOSED);
    }

    @Test
    void shouldFindNoProblemInAGoodCalendar() throws Exception {
        assertThat(CalendarReader.check(dir.resolve("madrid.yaml"))).isEmpty();
    }

    @Test
    void shouldReportEveryProblemWithItsLineAndColumn() throws Exception {
        // given
        Path file = write(dir, "broken.yaml", """
                timezone: Europe/Madird
                weekly:
                  mun-fri: ["08:00-20:00"]
                  sat: ["9-14"]
                  sun: ["20:00-08:00"]
                holiday:
                  - 2026-12-25
                overrides:
                  - {from: 2026-11-30T12:00, to: 2026-11-30T10:00, state: closed}
                  - {from: 2026-11-30T12:00, to: 2026-11-30T14:00, state: shut}
                """);

        // when
        var problems = CalendarReader.check(file).stream()
                .map(p -> p.position().line() + ":" + p.position().column() + " " + p.message()).toList();

        // then
        assertThat(problems).hasSize(7);
        assertThat(problems.get(0)).startsWith("6:1 unknown key 'holiday' in a calendar (did you mean 'holidays'?)");
        assertThat(problems.get(1)).isEqualTo("1:11 unknown time zone 'Europe/Madird' (did you mean 'Europe/Madrid'?);"
                + " use a zone name such as Europe/Madrid or America/New_York");
        assertThat(problems.get(2)).startsWith("3:3 unknown day 'mun' (did you mean 'mon'?)");
        assertThat(problems.get(3)).startsWith("4:9 '9-14' is not an interval");
        assertThat(problems.get(4)).startsWith("5:9 '20:00-08:00' ends before it starts");
        assertThat(problems.get(5)).isEqualTo("9:12 'override' starts at or after its end; 'from' must come before 'to'");
        assertThat(problems.get(6)).startsWith("10:59 unknown state 'shut'");
    }

    @Test
    void shouldRefuseToReadABrokenCalendar() throws Exception {
        // given
        Path file = write(dir, "bad-state.yaml", """
                timezone: UTC
                overrides:
                  - {from: 2026-11-30T12:00, to: 2026-11-30T14:00, state: shut}
                """);

        // then
        assertThatThrownBy(() -> CalendarReader.read(file))
                .isInstanceOf(CalendarException.class)
                .hasMessageContaining("bad-state.yaml:3:59: error: unknown state 'shut'");
    }

    @Test
    void shouldReportADayGivenTwice() throws Exception {
        Path file = write(dir, "twice.yaml", """
                timezone: UTC
                weekly:
                  mon-fri: ["08:00-20:00"]
                  fri: ["08:00-14:00"]
                """);

        assertThat(CalendarReader.check(file)).singleElement()
                .satisfies(p -> assertThat(p.format()).endsWith("twice.yaml:4:3: error: 'fri' is given twice (first at line 3)"));
    }

    static Path write(Path directory, String name, String text) throws IOException {
        return Files.writeString(directory.resolve(name), text);
    }
}
