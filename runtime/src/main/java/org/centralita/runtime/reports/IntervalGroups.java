package org.centralita.runtime.reports;

import java.time.Instant;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;

/**
 * Groups quarter hours (the epoch second divided by 900, as the sums and the queries over the
 * rows number them) into a report's intervals in the database, so that a month of 15-minute,
 * hourly or daily intervals comes back as one row per interval rather than one per quarter hour,
 * queue and flow, to be merged in Java.
 *
 * <p>A quarter hour belongs to the interval that holds its start in the period's time zone, as
 * {@link ReportInterval#startOf} reads it: its start's local time (epoch second plus the zone's
 * offset then) divided by the interval's length. The offset changes at the zone's transitions
 * within the period: each quarter hour takes the offset of its start, and where the period has
 * more than one offset the offset is grouped by too, so the two 02:00 hours of an autumn night
 * stay two rows. The SQL is made of integers computed here, never of text from a request.
 */
final class IntervalGroups {

    private static final int BUCKET = ReportInterval.BUCKET_SECONDS;

    /** The first quarter hour of each stretch of one offset, and that offset in seconds. */
    private final long[] firstBuckets;
    private final int[] offsets;
    private final long length;

    private IntervalGroups(long[] firstBuckets, int[] offsets, long length) {
        this.firstBuckets = firstBuckets;
        this.offsets = offsets;
        this.length = length;
    }

    /** The groups of {@code interval} over the quarter hours of {@code period}. */
    static IntervalGroups of(ReportPeriod period, ReportInterval interval) {
        ZoneRules rules = period.zone().getRules();
        long first = Math.floorDiv(period.from().getEpochSecond(), BUCKET);
        long end = -Math.floorDiv(-period.to().getEpochSecond(), BUCKET);
        List<long[]> stretches = new ArrayList<>();
        stretches.add(new long[] {first, offsetAt(rules, first)});
        ZoneOffsetTransition transition = rules.nextTransition(Instant.ofEpochSecond(first * BUCKET));
        while (transition != null && transition.getInstant().getEpochSecond() < end * BUCKET) {
            // the first quarter hour that starts at or after the transition has the new offset
            long bucket = -Math.floorDiv(-transition.getInstant().getEpochSecond(), BUCKET);
            long offset = offsetAt(rules, bucket);
            long[] last = stretches.get(stretches.size() - 1);
            if (last[0] == bucket) {
                last[1] = offset;
            } else if (last[1] != offset) {
                stretches.add(new long[] {bucket, offset});
            }
            transition = rules.nextTransition(transition.getInstant());
        }
        long[] firstBuckets = new long[stretches.size()];
        int[] offsets = new int[stretches.size()];
        for (int i = 0; i < stretches.size(); i++) {
            firstBuckets[i] = stretches.get(i)[0];
            offsets[i] = (int) stretches.get(i)[1];
        }
        return new IntervalGroups(firstBuckets, offsets, interval.seconds());
    }

    /**
     * The SQL to group by, for rows whose quarter hour is the SQL expression {@code bucket}: the
     * local interval, and the offset where the period has more than one.
     */
    String groupBy(String bucket) {
        String offset = offset(bucket);
        String key = "(" + bucket + " * " + BUCKET + " + " + offset + ") / " + length;
        return offsets.length == 1 ? key : key + ", " + offset;
    }

    private String offset(String bucket) {
        if (offsets.length == 1) {
            return String.valueOf(offsets[0]);
        }
        StringBuilder sql = new StringBuilder("CASE");
        for (int i = 1; i < offsets.length; i++) {
            sql.append(" WHEN ").append(bucket).append(" < ").append(firstBuckets[i]).append(" THEN ").append(offsets[i - 1]);
        }
        return sql.append(" ELSE ").append(offsets[offsets.length - 1]).append(" END").toString();
    }

    private static long offsetAt(ZoneRules rules, long bucket) {
        return rules.getOffset(Instant.ofEpochSecond(bucket * BUCKET)).getTotalSeconds();
    }
}
