package org.centralita.runtime.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.centralita.runtime.ami.AmiSettings;
import org.centralita.runtime.ami.QueueStatusService;
import org.centralita.runtime.ami.simulator.SimulatedAmi;
import org.centralita.runtime.store.CallEventRecord;
import org.centralita.runtime.store.CallRecord;
import org.centralita.runtime.store.RecordsStore;
import org.centralita.runtime.store.ReportSums;
import org.junit.jupiter.api.Test;

/**
 * Every measure of docs/reports.md over {@link ContactCenterDay}, each expected number worked
 * out by hand from the day's lines (the working is in the comments). Run on H2 and PostgreSQL.
 */
abstract class ReportMeasuresContract {

    /** Sales answers within 20 s, support within 30 s; a hang-up under 5 s is a short abandon. */
    static final ReportSettings SETTINGS = new ReportSettings(5, 20, Map.of("support", 30));
    static final ReportPeriod DAY = ReportPeriod.days(ContactCenterDay.DAY, ContactCenterDay.DAY, ContactCenterDay.MADRID);

    abstract RecordsStore newStore() throws Exception;

    /** The JDBC URL of a new, empty store, for the command line. */
    abstract String newStoreUrl() throws Exception;

    private Reports reports(RecordsStore store) {
        return reports(store, SETTINGS, true);
    }

    /** With {@code sums} false, every report reads the rows themselves. */
    private static Reports reports(RecordsStore store, ReportSettings settings, boolean sums) {
        // the day is over: "now" is the next morning
        return new Reports(store, settings, Clock.fixed(ContactCenterDay.at("23:59:00").plusSeconds(3600), ZoneOffset.UTC),
                sums);
    }

    @Test
    void shouldCountEachQueuesCallsAsWorkedOutByHand() throws Exception {
        try (RecordsStore store = newStore()) {
            ContactCenterDay.load(store, SETTINGS);

            Map<String, QueueMeasures> queues = reports(store).queues(DAY);

            // sales: c01..c10 offered (c06 refused at the door by FULL counts as offered and overflowed);
            // answered c01 c03 c07 c10; abandoned c04 (50 s); short c02 (3 s); time-out c05; full c06;
            // no agents c08 (EXITEMPTY after everyone left at 12:00); key c09
            QueueMeasures sales = queues.get("sales");
            assertThat(sales).isEqualTo(new QueueMeasures(10, 4, 1, 1, 1, 1, 1, 1, 0,
                    3, 10 + 40 + 5 + 20, 120, 50, 300 + 240 + 120 + 600, 4));
            assertThat(sales.averageSpeedOfAnswer()).isEqualTo(75 / 4.0);          // 18.75 s
            assertThat(sales.averageTalk()).isEqualTo(1260 / 4.0);                 // 315 s
            assertThat(sales.averageAbandonWait()).isEqualTo(50.0);
            assertThat(sales.serviceLevel()).isCloseTo(100.0 * 3 / 9, within(1e-9)); // c01 10 s, c07 5 s, c10 20 s of 10 - 1 short
            assertThat(sales.abandonRate()).isCloseTo(100.0 / 9, within(1e-9));
            assertThat(sales.overflowed()).isEqualTo(3);
            // support: s01 s02 answered (25 s, 35 s), s03 abandoned after 60 s, s04 short (4 s), s05 JOINEMPTY
            QueueMeasures support = queues.get("support");
            assertThat(support).isEqualTo(new QueueMeasures(5, 2, 1, 1, 0, 0, 1, 0, 0,
                    1, 25 + 35, 60, 60, 180 + 600, 2));
            assertThat(support.serviceLevel()).isEqualTo(25.0);                     // s01 within 30 s, of 5 - 1
            assertThat(support.averageSpeedOfAnswer()).isEqualTo(30.0);
        }
    }

    @Test
    void shouldCountEachFlowsIvrCallsAndTheRefusedOnes() throws Exception {
        try (RecordsStore store = newStore()) {
            ContactCenterDay.load(store, SETTINGS);

            Map<String, FlowMeasures> flows = reports(store).flows(DAY);

            // bank-main: c01..c10 to the queue, i01 i02 self-served, i03 i04 i05 hung up, i06 transferred, i07 failed
            assertThat(flows.get("bank-main")).isEqualTo(new FlowMeasures(17, 2, 3, 10, 1, 0, 0, 1, 0, 17 * 30_000L));
            assertThat(flows.get("bank-main").containmentRate()).isCloseTo(100.0 * 2 / 17, within(1e-9));
            assertThat(flows.get("bank-main").averageSeconds()).isEqualTo(30.0);
            // card-lost: s01..s05 to the queue, k01 self-served, k02 hung up
            assertThat(flows.get("card-lost")).isEqualTo(new FlowMeasures(7, 1, 1, 5, 0, 0, 0, 0, 0, 7 * 30_000L));
            // r01 r02 refused with BUSY before any flow began
            assertThat(flows.get("")).isEqualTo(new FlowMeasures(0, 0, 0, 0, 0, 0, 0, 0, 2, 0));
        }
    }

    @Test
    void shouldMeasureEachAgentsLoggedInPausedAndTalkTime() throws Exception {
        try (RecordsStore store = newStore()) {
            ContactCenterDay.load(store, SETTINGS);

            Map<String, AgentMeasures> agents = reports(store).agents(DAY);

            // Ann 08:00-12:00 in sales, paused 10:00-10:30; answered c01 (300 s) and c10 (600 s); c03 rang out on her
            assertThat(agents.get("Ann")).isEqualTo(new AgentMeasures(4 * 3600, 1800, 2, 900, 1, 2, 0, 0));
            assertThat(agents.get("Ann").occupancy()).isCloseTo(100.0 * 900 / (4 * 3600 - 1800), within(1e-9));
            assertThat(agents.get("Ann").callsPerHour()).isEqualTo(0.5);
            // Bob 08:00-12:00 in sales and support (counted once); answered c03 240 s, c07 120 s (transferred), s02 600 s
            assertThat(agents.get("Bob")).isEqualTo(new AgentMeasures(4 * 3600, 0, 3, 960, 0, 3, 0, 0));
            assertThat(agents.get("Bob").callsPerHour()).isEqualTo(0.75);
            // Cat 08:30-12:30 in support; answered s01 180 s
            assertThat(agents.get("Cat")).isEqualTo(new AgentMeasures(4 * 3600, 0, 1, 180, 0, 1, 0, 0));
            assertThat(agents.get("Cat").occupancy()).isEqualTo(1.25);
        }
    }

    @Test
    void shouldSumBothSidesPerHourInTheContactCentersTimeZone() throws Exception {
        try (RecordsStore store = newStore()) {
            ContactCenterDay.load(store, SETTINGS);

            Map<ZonedDateTime, Reports.IntervalRow> hours = reports(store).intervals(DAY, ReportInterval.HOUR);

            // IVR calls start a minute before their queue entry (c01 s01 at 08:59); the IVR-only ones at 09:00
            assertThat(hours.keySet()).extracting(h -> h.toLocalTime().getHour()).containsExactly(8, 9, 10, 11, 12, 13);
            Reports.IntervalRow nine = hours.get(ZonedDateTime.of(ContactCenterDay.DAY.atTime(9, 0), ContactCenterDay.MADRID));
            // 09:xx: IVR c02-c06 c09 s02 s03 i01-i07 k01 k02 = 17, of which i03 i04 i05 k02 hung up;
            // queues: c01-c06 c09 s01-s03 = 10 offered, c01 c03 s01 s02 answered, c04 s03 abandoned, c05 c06 overflowed
            assertThat(nine.flows().calls()).isEqualTo(17);
            assertThat(nine.flows().abandonedInIvr()).isEqualTo(4);
            assertThat(nine.queues()).extracting(QueueMeasures::offered, QueueMeasures::answered, QueueMeasures::abandoned,
                    QueueMeasures::overflowed, QueueMeasures::answeredInTime).containsExactly(10L, 4L, 2L, 2L, 2L);
            assertThat(nine.queues().serviceLevel()).isCloseTo(100.0 * 2 / 9, within(1e-9));
            Reports.IntervalRow eleven = hours.get(ZonedDateTime.of(ContactCenterDay.DAY.atTime(11, 0), ContactCenterDay.MADRID));
            // 11:xx: c10 answered in 20 s, s04 short abandon: service level 1 of 2 - 1 = 100 %
            assertThat(eleven.queues().serviceLevel()).isEqualTo(100.0);
            // and the quarter hours add up to the same day
            long offered = reports(store).intervals(DAY, ReportInterval.QUARTER).values().stream()
                    .mapToLong(r -> r.queues().offered()).sum();
            assertThat(offered).isEqualTo(15);
        }
    }

    /**
     * The night of 2026-10-25 in Madrid, when the clocks go back from 03:00 CEST to 02:00 CET
     * (01:00 UTC): the day has 25 hours and two 02:00 hours. The database groups the quarter
     * hours into intervals; each keeps the offset of its start.
     */
    @Test
    void shouldKeepTheTwoHoursOfTheNightTheClocksGoBackApart() throws Exception {
        try (RecordsStore store = newStore()) {
            // d1 at 02:10 CEST (00:10 UTC) answered after 10 s; d2 at 02:10 CET (01:10 UTC) abandoned after 30 s;
            // d0 at 00:30 CEST (22:30 UTC the day before) and d3 at 23:50 CET (22:50 UTC) only in the IVR
            long d1 = Instant.parse("2026-10-25T00:11:00Z").getEpochSecond();
            long d2 = Instant.parse("2026-10-25T01:11:00Z").getEpochSecond();
            String log = d1 + "|d1|sales|NONE|ENTERQUEUE||5550001|1\n"
                    + (d1 + 10) + "|d1|sales|Ann|CONNECT|10|d1.1|2\n"
                    + (d1 + 130) + "|d1|sales|Ann|COMPLETECALLER|10|120|1\n"
                    + d2 + "|d2|sales|NONE|ENTERQUEUE||5550002|1\n"
                    + (d2 + 30) + "|d2|sales|NONE|ABANDON|1|1|30\n";
            new QueueLogImport(new QueueEventStore(store, SETTINGS)).read(new BufferedReader(new StringReader(log)),
                    "queue_log");
            nightCall(store, "d0", "2026-10-24T22:30:00Z", "hangup", null);
            nightCall(store, "d1", "2026-10-25T00:10:00Z", "queue", "sales");
            nightCall(store, "d2", "2026-10-25T01:10:00Z", "queue", "sales");
            nightCall(store, "d3", "2026-10-25T22:50:00Z", "caller-hangup", null);
            ReportPeriod night = ReportPeriod.days(LocalDate.of(2026, 10, 25), LocalDate.of(2026, 10, 25),
                    ContactCenterDay.MADRID);
            ZoneOffset summer = ZoneOffset.ofHours(2);
            ZoneOffset winter = ZoneOffset.ofHours(1);

            Map<ZonedDateTime, Reports.IntervalRow> hours = reports(store).intervals(night, ReportInterval.HOUR);

            assertThat(hours.keySet()).containsExactly(local("2026-10-25T00:00", summer), local("2026-10-25T02:00", summer),
                    local("2026-10-25T02:00", winter), local("2026-10-25T23:00", winter));
            Reports.IntervalRow summerTwo = hours.get(local("2026-10-25T02:00", summer));
            assertThat(summerTwo.flows().calls()).isEqualTo(1);
            assertThat(summerTwo.queues()).extracting(QueueMeasures::offered, QueueMeasures::answered,
                    QueueMeasures::abandoned, QueueMeasures::answerWaitSeconds).containsExactly(1L, 1L, 0L, 10L);
            Reports.IntervalRow winterTwo = hours.get(local("2026-10-25T02:00", winter));
            assertThat(winterTwo.flows().calls()).isEqualTo(1);
            assertThat(winterTwo.queues()).extracting(QueueMeasures::offered, QueueMeasures::answered,
                    QueueMeasures::abandoned, QueueMeasures::abandonWaitSeconds).containsExactly(1L, 0L, 1L, 30L);
            assertThat(hours.get(local("2026-10-25T23:00", winter)).flows().abandonedInIvr()).isEqualTo(1);
            // the quarter hours: 02:00 twice as well
            assertThat(reports(store).intervals(night, ReportInterval.QUARTER).keySet()).containsExactly(
                    local("2026-10-25T00:30", summer), local("2026-10-25T02:00", summer), local("2026-10-25T02:00", winter),
                    local("2026-10-25T23:45", winter));
            // the whole 25-hour day is one row, from its midnight (summer time)
            Map<ZonedDateTime, Reports.IntervalRow> days = reports(store).intervals(night, ReportInterval.DAY);
            assertThat(days.keySet()).containsExactly(local("2026-10-25T00:00", summer));
            assertThat(days.get(local("2026-10-25T00:00", summer)).flows().calls()).isEqualTo(4);
            assertThat(days.get(local("2026-10-25T00:00", summer)).queues().offered()).isEqualTo(2);
            // from the rows themselves the same, also for a period off the quarter hours across the change
            ReportPeriod offQuarters = new ReportPeriod(Instant.parse("2026-10-25T00:05:00Z"),
                    Instant.parse("2026-10-25T01:50:00Z"), ContactCenterDay.MADRID, null, null);
            assertThat(reports(store).intervals(offQuarters, ReportInterval.HOUR).keySet()).containsExactly(
                    local("2026-10-25T02:00", summer), local("2026-10-25T02:00", winter));
            for (ReportPeriod period : List.of(night, offQuarters, night.withQueue("sales"), night.withFlow("bank-main"))) {
                for (ReportInterval interval : ReportInterval.values()) {
                    assertThat(reports(store, SETTINGS, true).intervals(period, interval)).as("%s %s", interval, period)
                            .isEqualTo(reports(store, SETTINGS, false).intervals(period, interval));
                }
            }
        }
    }

    private static ZonedDateTime local(String localTime, ZoneOffset offset) {
        return ZonedDateTime.ofLocal(LocalDateTime.parse(localTime), ContactCenterDay.MADRID, offset);
    }

    /** A bank-main call of 30 s through the welcome node. */
    private static void nightCall(RecordsStore store, String id, String startUtc, String outcome, String queue)
            throws Exception {
        Instant start = Instant.parse(startUtc);
        store.calls().insert(new CallRecord(id, "bank-main", "1", "node-a", "555", "100", "en",
                start, start.plusSeconds(30), 30_000, outcome, queue, "welcome", null), List.of(
                new CallEventRecord(0, 0, "enter", "welcome", "{}"),
                new CallEventRecord(1, 30_000, "end", null, "{}")));
    }

    @Test
    void shouldCountHowTheFlowsCallsEnteredAndLeftEachNode() throws Exception {
        try (RecordsStore store = newStore()) {
            ContactCenterDay.load(store, SETTINGS);

            List<NodeCounts> nodes = reports(store).nodes(DAY, "bank-main");

            // welcome: all 17; i05 hung up there, the other 16 went on to the menu
            assertThat(nodes).contains(new NodeCounts("welcome", 17, 17, 1, List.of(
                    new NodeCounts.Exit("menu", null, 16), new NodeCounts.Exit(null, "caller-hangup", 1))));
            // menu: 10 to the sales queue, 3 to balance (i01 i02 i07), 2 hung up (i03 i04), 1 to the operator
            assertThat(nodes).contains(new NodeCounts("menu", 16, 16, 2, List.of(
                    new NodeCounts.Exit("sales-queue", null, 10), new NodeCounts.Exit("balance", null, 3),
                    new NodeCounts.Exit(null, "caller-hangup", 2), new NodeCounts.Exit("operator", null, 1))));
            assertThat(nodes).contains(new NodeCounts("balance", 3, 3, 0, List.of(
                    new NodeCounts.Exit("goodbye", null, 2), new NodeCounts.Exit(null, "error", 1))));
            assertThat(nodes).contains(new NodeCounts("sales-queue", 10, 10, 0, List.of(new NodeCounts.Exit(null, "queue", 10))));
        }
    }

    @Test
    void shouldKeepToOneQueueOrOneFlowWhenAsked() throws Exception {
        try (RecordsStore store = newStore()) {
            ContactCenterDay.load(store, SETTINGS);

            // support's calls all came through card-lost: the flow filter keeps exactly them
            assertThat(reports(store).queues(DAY.withFlow("card-lost")).keySet()).containsExactly("support");
            assertThat(reports(store).queues(DAY.withQueue("sales")).get("sales").offered()).isEqualTo(10);
            assertThat(reports(store).agents(DAY.withQueue("support")).get("Bob").answered()).isEqualTo(1);
        }
    }
    @Test
    void shouldKeepTheSumsPerQuarterHourAsTheDaysEventsAndRecordsAreWritten() throws Exception {
        try (RecordsStore store = newStore()) {
            ContactCenterDay.load(store, SETTINGS);

            // the sums tables themselves, written with the calls and queue events (not rebuilt)
            assertThat(sum(store, "SELECT SUM(offered) FROM queue_sums WHERE queue_name = 'sales'")).isEqualTo(10);
            assertThat(sum(store, "SELECT SUM(answered_in_time) FROM queue_sums WHERE queue_name = 'support'")).isEqualTo(1);
            assertThat(sum(store, "SELECT COUNT(*) FROM queue_sums WHERE short_abandon_s <> 5"
                    + " OR service_level_s <> CASE queue_name WHEN 'support' THEN 30 ELSE 20 END")).isZero();
            assertThat(sum(store, "SELECT SUM(calls) FROM flow_sums WHERE flow_id = 'bank-main'")).isEqualTo(17);
            assertThat(sum(store, "SELECT SUM(passes) FROM node_exit_sums WHERE flow_id = 'bank-main' AND node = 'menu'"
                    + " AND next_node = 'sales-queue'")).isEqualTo(10);
            assertThat(sum(store, "SELECT SUM(ring_no_answer) FROM agent_sums WHERE agent = 'Ann'")).isEqualTo(1);
            // c04 entered sales at 09:10 local: 08:10 UTC, quarter hour 08:00-08:15 UTC
            long c04 = ContactCenterDay.at("09:10:00").getEpochSecond() / 900;
            assertThat(sum(store, "SELECT abandoned FROM queue_sums WHERE queue_name = 'sales' AND bucket = " + c04)).isEqualTo(1);
            assertSameFromSumsAsFromRows(store, SETTINGS);
        }
    }

    @Test
    void shouldAttributeEachVisitToItsCallsFlowWhicheverWasWrittenFirst() throws Exception {
        try (RecordsStore store = newStore()) {
            // the call records first, then the queue_log (each visit learns its flow as it is written)
            ContactCenterDay.loadRecordsFirst(store, SETTINGS);

            assertThat(sum(store, "SELECT COUNT(*) FROM queue_calls WHERE flow_id IS NULL")).isZero();
            assertThat(sum(store, "SELECT SUM(offered) FROM queue_flow_sums WHERE flow_id = 'card-lost'")).isEqualTo(5);
            assertThat(sum(store, "SELECT SUM(answered) FROM queue_flow_sums WHERE flow_id = 'bank-main'")).isEqualTo(4);
            assertThat(reports(store).queues(DAY.withFlow("bank-main")).get("sales")).isEqualTo(reports(store).queues(DAY).get("sales"));
            assertSameFromSumsAsFromRows(store, SETTINGS);
        }
        try (RecordsStore store = newStore()) {
            // the queue_log first: each call record, as it is written, attributes its visits
            ContactCenterDay.load(store, SETTINGS);

            assertThat(sum(store, "SELECT COUNT(*) FROM queue_calls WHERE flow_id IS NULL")).isZero();
            assertThat(sum(store, "SELECT SUM(offered) FROM queue_flow_sums WHERE flow_id = 'card-lost'")).isEqualTo(5);
            assertThat(sum(store, "SELECT SUM(offered) FROM queue_flow_sums WHERE flow_id = 'card-lost' AND queue_name = 'sales'"))
                    .isZero();
        }
    }

    @Test
    void shouldGiveTheSameNumbersFromRebuiltSumsAsFromTheRows() throws Exception {
        try (RecordsStore store = newStore()) {
            ContactCenterDay.load(store, SETTINGS);
            try (Connection connection = store.connection(); Statement statement = connection.createStatement()) {
                statement.executeUpdate("DELETE FROM queue_sums");
                statement.executeUpdate("DELETE FROM flow_sums");
                statement.executeUpdate("DELETE FROM queue_flow_sums");
                statement.executeUpdate("UPDATE queue_calls SET flow_id = NULL");
            }

            rebuildSums(store);

            assertThat(sum(store, "SELECT SUM(offered) FROM queue_sums")).isEqualTo(15);
            assertThat(sum(store, "SELECT SUM(offered) FROM queue_flow_sums")).isEqualTo(15);
            assertThat(reports(store).queues(DAY).get("support").answeredInTime()).isEqualTo(1);
            assertSameFromSumsAsFromRows(store, SETTINGS);
        }
    }

    @Test
    void shouldReadTheVisitsThemselvesWhenTheReportsThresholdsAreNotTheSums() throws Exception {
        try (RecordsStore store = newStore()) {
            ContactCenterDay.load(store, SETTINGS);

            // hang-ups under 55 s are short: c04 (50 s) joins c02 (3 s); support's s03 (60 s) stays abandoned
            ReportSettings longer = new ReportSettings(55, 20, Map.of("support", 30));
            Map<String, QueueMeasures> queues = reports(store, longer, true).queues(DAY);

            assertThat(queues.get("sales")).extracting(QueueMeasures::abandoned, QueueMeasures::shortAbandoned)
                    .containsExactly(0L, 2L);
            assertThat(queues.get("support")).extracting(QueueMeasures::abandoned, QueueMeasures::shortAbandoned)
                    .containsExactly(1L, 1L);
            assertSameFromSumsAsFromRows(store, longer);
        }
    }

    @Test
    void shouldTellWhereEachQueuesOverflowedCallsWentAsWorkedOutByHand() throws Exception {
        try (RecordsStore store = newStore()) {
            // given the day's queue_log (and c06's visit to support after sales was full), no call records yet
            ContactCenterDay.importQueueLogWithOverflowPaths(store, SETTINGS);

            // then c06 went to support (its next queue); of the others nothing is known without their records
            assertThat(reports(store).overflows(DAY)).containsExactly(
                    new OverflowsQuery.Overflow("sales", "time-out", "not known (no call record)", 1),
                    new OverflowsQuery.Overflow("sales", "full", "queue support", 1),
                    new OverflowsQuery.Overflow("sales", "no agents", "not known (no call record)", 1),
                    new OverflowsQuery.Overflow("support", "no agents", "not known (no call record)", 1));

            // when the call records come: bank-main runs its queue over AGI, so an overflow goes on in the flow
            ContactCenterDay.writeRecordsWithOverflowPaths(store);

            // then c05 (time-out at 09:22) went to voicemail, c06 (full at 09:30) to the support queue,
            // c08 (no agents at 13:00:30) to the flow's goodbye; s05 (JOINEMPTY at 12:45) was left to the dialplan
            List<OverflowsQuery.Overflow> overflows = reports(store).overflows(DAY);
            assertThat(overflows).containsExactly(
                    new OverflowsQuery.Overflow("sales", "time-out", "voicemail", 1),
                    new OverflowsQuery.Overflow("sales", "full", "queue support", 1),
                    new OverflowsQuery.Overflow("sales", "no agents", "ended by the flow", 1),
                    new OverflowsQuery.Overflow("support", "no agents", "not known (dialplan)", 1));
            // the counts are the queues' overflows: sales 1 time-out, 1 full, 1 no agents; support 1 no agents
            Map<String, QueueMeasures> queues = reports(store).queues(DAY);
            for (String queue : List.of("sales", "support")) {
                QueueMeasures m = queues.get(queue);
                assertThat(overflows.stream().filter(o -> o.queue().equals(queue)).mapToLong(OverflowsQuery.Overflow::calls)
                        .sum()).as(queue).isEqualTo(m.overflowed());
            }
            assertThat(queues.get("sales").overflowed()).isEqualTo(3);
            // c06 is one more visit to support, answered by Cat after 30 s
            assertThat(queues.get("support")).extracting(QueueMeasures::offered, QueueMeasures::answered)
                    .containsExactly(6L, 3L);
            // and the flow's node table shows the same paths after the queue node
            assertThat(reports(store).nodes(DAY, "bank-main")).contains(new NodeCounts("sales-queue", 10, 10, 0, List.of(
                    new NodeCounts.Exit(null, "queue", 7), new NodeCounts.Exit("goodbye", null, 1),
                    new NodeCounts.Exit("sales-voicemail", null, 1), new NodeCounts.Exit("support-queue", null, 1))));

            // one queue, one flow
            assertThat(reports(store).overflows(DAY.withQueue("support"))).containsExactly(
                    new OverflowsQuery.Overflow("support", "no agents", "not known (dialplan)", 1));
            assertThat(reports(store).overflows(DAY.withFlow("bank-main"))).extracting(OverflowsQuery.Overflow::queue)
                    .containsExactly("sales", "sales", "sales");
            // and the report's table prints them
            ReportTable table = new ReportTables(reports(store)).overflows(DAY);
            assertThat(table.columns()).containsExactly("queue", "overflow", "went to", "calls");
            assertThat(table.rows().get(1)).containsExactly("sales", "full", "queue support", 1L);
        }
    }

    /** {@link #SETTINGS}, and sales agents take 10 s of wrap-up after each call (queues.conf wrapuptime=10). */
    static final ReportSettings WRAP_UP = new ReportSettings(5, 20, Map.of("support", 30), 0, Map.of("sales", 10));

    /**
     * The day's answered calls seen live over AMI with their holds, then the day's queue_log and
     * records: hold per visit, average hold, talk and handle time per queue, agent and hour.
     */
    @Test
    void shouldMeasureHoldAndHandleTimeFromTheAmiHoldEventsAsWorkedOutByHand() throws Exception {
        try (RecordsStore store = newStore();
             SimulatedAmi ami = SimulatedAmi.start("centralita", "s3cret");
             QueueStatusService status = QueueStatusService.start(AmiSettings.defaults().withPort(ami.port())
                     .withTimings(Duration.ofSeconds(1), Duration.ofMillis(50), Duration.ofMillis(200)),
                     Map.of("AMI_SECRET", "s3cret")::get);
             LiveQueueEvents live = new LiveQueueEvents(new QueueEventStore(store, WRAP_UP))) {
            status.addEventListener(live);
            await().atMost(Duration.ofSeconds(10)).until(status::connected);
            // 6 answered calls (join, connect, complete: 18), 11 holds and unholds; music on hold is not kept
            ContactCenterDay.amiHolds().forEach(ami::emit);
            await().atMost(Duration.ofSeconds(20)).until(() -> sum(store, "SELECT COUNT(*) FROM queue_events") == 29);
            ContactCenterDay.load(store, WRAP_UP);

            // each visit's hold, worked out from the lines:
            // c01 09:02:00-09:02:45 and 09:04:00-09:04:30: 45 + 30 = 75 s
            // s01 09:01:25-09:01:55 (a Local channel: named by CENTRALITA_CALL_ID): 30 s
            // s02 held from 09:10:00 until the caller hung up at 09:15:35: 335 s
            // c07 held at 10:16:00 for the attended transfer done at 10:17:05: 65 s
            // c10 11:05:20-11:07:20: 120 s; c03 never held; i06's hold was on no queue's call
            assertThat(holds(store)).containsExactly("c01 75", "c03 null", "c07 65", "c10 120", "s01 30", "s02 335");
            assertThat(sum(store, "SELECT COUNT(*) FROM queue_calls WHERE held_since IS NOT NULL")).isZero();

            Map<String, QueueMeasures> queues = reports(store, WRAP_UP, true).queues(DAY);
            // sales: c01 300 + c03 240 + c07 120 + c10 600 = 1260 s from answer to end, of which 75 + 65 + 120 = 260 on hold
            QueueMeasures sales = queues.get("sales");
            assertThat(sales).extracting(QueueMeasures::talkSeconds, QueueMeasures::holdSeconds, QueueMeasures::talked,
                    QueueMeasures::wrapSeconds).containsExactly(1260L, 260L, 4L, 40L);
            assertThat(sales.averageTalk()).isEqualTo(250.0);                      // (1260 - 260) / 4
            assertThat(sales.averageHold()).isEqualTo(65.0);                       // 260 / 4
            assertThat(sales.averageHandleTime()).isEqualTo(325.0);                // (1000 + 260 + 4 x 10) / 4
            // support: s01 180 + s02 600 = 780 s, 30 + 335 = 365 on hold, no wrap-up
            QueueMeasures support = queues.get("support");
            assertThat(support.averageTalk()).isEqualTo(207.5);                    // (780 - 365) / 2
            assertThat(support.averageHold()).isEqualTo(182.5);
            assertThat(support.averageHandleTime()).isEqualTo(390.0);              // (415 + 365) / 2
            // the rest of the day's numbers are unchanged by the calls seen live first
            assertThat(sales).extracting(QueueMeasures::offered, QueueMeasures::answered, QueueMeasures::answerWaitSeconds)
                    .containsExactly(10L, 4L, 75L);

            Map<String, AgentMeasures> agents = reports(store, WRAP_UP, true).agents(DAY);
            // Ann: c01 (300, 75 held) and c10 (600, 120 held), both sales: 2 x 10 s wrap-up
            assertThat(agents.get("Ann")).isEqualTo(new AgentMeasures(4 * 3600, 1800, 2, 900, 1, 2, 195, 20));
            assertThat(agents.get("Ann").talkWithoutHoldSeconds()).isEqualTo(705);
            assertThat(agents.get("Ann").averageHandleTime()).isEqualTo(460.0);  // (900 + 20) / 2
            // Bob: c03 (240), c07 (120, 65 held) in sales, s02 (600, 335 held) in support: wrap-up 2 x 10
            assertThat(agents.get("Bob")).isEqualTo(new AgentMeasures(4 * 3600, 0, 3, 960, 0, 3, 400, 20));
            assertThat(agents.get("Bob").averageHandleTime()).isCloseTo(980 / 3.0, within(1e-9));
            // Cat: s01 (180, 30 held)
            assertThat(agents.get("Cat")).isEqualTo(new AgentMeasures(4 * 3600, 0, 1, 180, 0, 1, 30, 0));

            Map<ZonedDateTime, Reports.IntervalRow> hours = reports(store, WRAP_UP, true).intervals(DAY, ReportInterval.HOUR);
            // 09:xx: c01 c03 s01 s02 completed: 300 + 240 + 180 + 600 = 1320 s, held 75 + 30 + 335 = 440, wrap-up c01 c03
            QueueMeasures nine = hours.get(ZonedDateTime.of(ContactCenterDay.DAY.atTime(9, 0), ContactCenterDay.MADRID)).queues();
            assertThat(nine.averageHold()).isEqualTo(110.0);                       // 440 / 4
            assertThat(nine.averageHandleTime()).isEqualTo(335.0);                 // (1320 + 20) / 4
            // 10:xx: c07 alone: 120 + 10
            assertThat(hours.get(ZonedDateTime.of(ContactCenterDay.DAY.atTime(10, 0), ContactCenterDay.MADRID)).queues()
                    .averageHandleTime()).isEqualTo(130.0);

            // the sums kept as the events came give the same as the visits, and so do the sums rebuilt
            assertThat(sum(store, "SELECT SUM(hold_s) FROM queue_sums")).isEqualTo(625);
            assertThat(sum(store, "SELECT SUM(hold_s) FROM queue_flow_sums WHERE flow_id = 'card-lost'")).isEqualTo(365);
            assertThat(sum(store, "SELECT SUM(hold_s) FROM agent_sums WHERE agent = 'Bob'")).isEqualTo(400);
            assertSameFromSumsAsFromRows(store, WRAP_UP);
            rebuildSums(store);
            assertThat(sum(store, "SELECT SUM(hold_s) FROM queue_sums")).isEqualTo(625);
            assertThat(sum(store, "SELECT SUM(talked) FROM agent_sums")).isEqualTo(6);
            assertSameFromSumsAsFromRows(store, WRAP_UP);

            // and the tables show them: sales' average hold and handle time, Bob's hold
            ReportTables tables = new ReportTables(reports(store, WRAP_UP, true));
            ReportTable queueTable = tables.queues(DAY);
            assertThat(queueTable.rows().get(0)).startsWith("sales");
            assertThat(queueTable.rows().get(0).get(queueTable.columns().indexOf("avg hold s"))).isEqualTo(65.0);
            assertThat(queueTable.rows().get(0).get(queueTable.columns().indexOf("AHT s"))).isEqualTo(325.0);
            ReportTable agentTable = tables.agents(DAY);
            assertThat(agentTable.rows().get(1)).startsWith("Bob", 4 * 3600L, 0L, 3L, 560L, 400L);
        }
    }

    @Test
    void shouldRebuildTheSumsWithOtherThresholdsFromTheCommandLine() throws Exception {
        String url = newStoreUrl();
        try (RecordsStore store = RecordsStore.open(url)) {
            ContactCenterDay.load(store, SETTINGS);
        }

        // when the sums are rebuilt with hang-ups under 55 s short (on PostgreSQL, holding its lock on the rows)
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        int status = org.centralita.runtime.cli.Main.run(new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true),
                "report", "rebuild-sums", "--store", url, "--short-abandon", "55", "--service-level", "20");

        // then every sums table was told, and the reports with those thresholds read the sums: c04 (50 s) is short now
        assertThat(status).as(err.toString()).isZero();
        assertThat(out.toString()).contains("short abandon under 55 s, service level 20 s\n", "  queue_sums: ",
                "  queue_flow_sums: ", "  agent_sums: ", "  node_exit_sums: ", "report sums rebuilt in ");
        try (RecordsStore store = RecordsStore.open(url)) {
            assertThat(sum(store, "SELECT SUM(short_abandoned) FROM queue_sums WHERE queue_name = 'sales'")).isEqualTo(2);
            assertThat(sum(store, "SELECT COUNT(*) FROM queue_sums WHERE short_abandon_s <> 55 OR service_level_s <> 20"))
                    .isZero();
            ReportSettings rebuilt = new ReportSettings(55, 20, Map.of());
            assertThat(reports(store, rebuilt, true).queues(DAY).get("sales"))
                    .extracting(QueueMeasures::abandoned, QueueMeasures::shortAbandoned).containsExactly(0L, 2L);
            assertSameFromSumsAsFromRows(store, rebuilt);
        }
    }

    /** The sums made anew from the rows, with {@link #SETTINGS}' thresholds, in one transaction. */
    private static void rebuildSums(RecordsStore store) throws Exception {
        try (Connection connection = store.connection()) {
            connection.setAutoCommit(false);
            ReportSums.rebuild(connection, 5, 20, Map.of("support", 30));
            connection.commit();
        }
    }

    /** Each visit's call id and seconds on hold, by call id. */
    private static List<String> holds(RecordsStore store) throws Exception {
        List<String> holds = new java.util.ArrayList<>();
        try (Connection connection = store.connection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT call_id, hold_s FROM queue_calls WHERE outcome = 'answered'"
                     + " ORDER BY call_id")) {
            while (rows.next()) {
                holds.add(rows.getString(1) + " " + rows.getObject(2));
            }
        }
        return holds;
    }

    private static void assertSameFromSumsAsFromRows(RecordsStore store, ReportSettings settings) {
        Reports summed = reports(store, settings, true);
        Reports exact = reports(store, settings, false);
        for (ReportPeriod period : List.of(DAY, DAY.withQueue("sales"), DAY.withQueue("support"), DAY.withFlow("card-lost"),
                new ReportPeriod(ContactCenterDay.at("09:00:00"), ContactCenterDay.at("10:15:00"), ContactCenterDay.MADRID,
                        null, null))) {
            assertThat(summed.queues(period)).as("queues %s", period).isEqualTo(exact.queues(period));
            assertThat(summed.flows(period)).as("flows %s", period).isEqualTo(exact.flows(period));
            assertThat(summed.agents(period)).as("agents %s", period).isEqualTo(exact.agents(period));
            for (ReportInterval interval : ReportInterval.values()) {
                assertThat(summed.intervals(period, interval)).as("%s %s", interval, period)
                        .isEqualTo(exact.intervals(period, interval));
            }
            for (String flow : List.of("bank-main", "card-lost")) {
                assertThat(summed.nodes(period, flow)).as("nodes of %s %s", flow, period).isEqualTo(exact.nodes(period, flow));
            }
        }
    }

    private static long sum(RecordsStore store, String sql) throws Exception {
        try (Connection connection = store.connection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
