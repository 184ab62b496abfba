package org.centralita.runtime.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.asteriskjava.manager.event.HoldEvent;
import org.asteriskjava.manager.event.MusicOnHoldStartEvent;
import org.asteriskjava.manager.event.UnholdEvent;
import org.junit.jupiter.api.Test;

/** How Asterisk-Java's hold events become the call's HOLD and UNHOLD (docs/reports.md, "Hold and handle time"). */
class AmiHoldEventsTest {

    private static final double AT = 1_796_630_520.0;

    @Test
    void shouldNameTheCallOfAnAgentsHoldByItsLinkedid() {
        // Asterisk 22: the agent's channel put on hold, dialled from the caller's (Linkedid = the caller's Uniqueid)
        HoldEvent hold = new HoldEvent(this);
        hold.setTimestamp(AT);
        hold.setChannel("PJSIP/ann-00000103");
        hold.setUniqueId("1796630410.103");
        hold.setLinkedId("1796630400.101");

        Optional<QueueEvent> event = AmiQueueEvents.of(hold);

        assertThat(event).hasValueSatisfying(e -> {
            assertThat(e.kind()).isEqualTo(QueueEventKind.HOLD);
            assertThat(e.callId()).isEqualTo("1796630400.101");
            assertThat(e.queue()).isNull();
            assertThat(e.at()).isEqualTo(Instant.ofEpochSecond(1_796_630_520L));
            assertThat(e.detail()).isEqualTo("PJSIP/ann-00000103");
        });
    }

    @Test
    void shouldPreferCentralitaCallIdAndReadAsterisk18sHoldOff() {
        // Asterisk 1.8 sent Hold with Status: Off for the end of a hold; channelvars sends CENTRALITA_CALL_ID
        HoldEvent off = new HoldEvent(this);
        off.setTimestamp(AT);
        off.setStatus(false);
        off.setUniqueId("1796630425.106");
        off.setLinkedId("1796630425.106");
        off.setChanVariables(Map.of("CENTRALITA_CALL_ID", "s01"));
        UnholdEvent unhold = new UnholdEvent(this);
        unhold.setTimestamp(AT);
        unhold.setUniqueId("1796630410.103");

        assertThat(AmiQueueEvents.of(off)).map(QueueEvent::kind).hasValue(QueueEventKind.UNHOLD);
        assertThat(AmiQueueEvents.of(off)).map(QueueEvent::callId).hasValue("s01");
        // no Linkedid: the channel's own Uniqueid
        assertThat(AmiQueueEvents.of(unhold)).map(QueueEvent::callId).hasValue("1796630410.103");
    }

    @Test
    void shouldNotTakeMusicOnHoldForAHold() {
        // app_queue plays music to every caller waiting: that is no hold
        MusicOnHoldStartEvent music = new MusicOnHoldStartEvent(this);
        music.setTimestamp(AT);
        music.setUniqueId("1796630400.101");

        assertThat(AmiQueueEvents.of(music)).isEmpty();
    }

    @Test
    void shouldNeverReadHoldFromAQueueLogLine() {
        // Asterisk's queue_log never writes them: a HOLD line is an unknown event, reported and skipped
        assertThat(QueueEventKind.ofVerb("HOLD")).isEmpty();
        assertThat(QueueEventKind.ofVerb("UNHOLD")).isEmpty();
    }
}
