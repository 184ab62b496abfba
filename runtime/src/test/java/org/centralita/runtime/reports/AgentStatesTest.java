package org.centralita.runtime.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import org.centralita.runtime.ami.AmiSettings;
import org.centralita.runtime.ami.QueueStatusService;
import org.centralita.runtime.ami.simulator.MemberStatus;
import org.centralita.runtime.ami.simulator.QueueMember;
import org.centralita.runtime.ami.simulator.SimulatedAmi;
import org.centralita.runtime.ami.simulator.SimulatedQueue;
import org.centralita.runtime.store.RecordsStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wallboard's agents from Asterisk's QueueMemberStatus, QueueMemberPause and QueueMemberAdded/Removed events. */
class AgentStatesTest {

    @TempDir
    Path dir;

    @Test
    void shouldCountTheAgentsAvailableBusyAndPausedAsAsteriskTellsThem() throws Exception {
        AgentStates agents = new AgentStates();
        try (RecordsStore store = RecordsStore.open("jdbc:h2:" + dir.resolve("records"));
             SimulatedAmi ami = SimulatedAmi.start("centralita", "s3cret");
             QueueStatusService status = QueueStatusService.start(AmiSettings.defaults().withPort(ami.port())
                     .withTimings(Duration.ofSeconds(1), Duration.ofMillis(50), Duration.ofMillis(200)),
                     Map.of("AMI_SECRET", "s3cret")::get);
             Wallboard wallboard = new Wallboard(store, new Reports(store, ReportSettings.defaults(), Clock.systemUTC()),
                     new QueueEventStore(store), agents, ZoneId.of("Europe/Madrid"), Clock.systemUTC())) {
            status.addEventListener(agents);
            await().atMost(Duration.ofSeconds(10)).until(status::connected);
            assertThat(wallboard.snapshotJson()).contains("\"loggedIn\":0");

            // given Ann, Bob and Cat in sales, Bob in support too, and Dan whose phone is unregistered
            SimulatedQueue sales = ami.queue("sales").member(agent("Ann")).member(agent("Bob")).member(agent("Cat"))
                    .member(new QueueMember("Dan", "PJSIP/dan", MemberStatus.UNAVAILABLE, false, false, 0));
            ami.queue("support").member(agent("Bob"));
            // when Bob's phone rings for a sales caller and Cat pauses
            sales.status("PJSIP/bob", MemberStatus.RINGING, false).pause("PJSIP/cat", true);

            // then four are logged in (Bob once): Ann available, Bob busy, Cat paused, Dan none of these
            await().atMost(Duration.ofSeconds(10)).until(() -> agents.now().paused() == 1);
            assertThat(agents.now()).isEqualTo(new WallboardSnapshot.AgentsNow(4, 1, 1, 1));
            assertThat(wallboard.snapshotJson())
                    .contains("\"agents\":{\"loggedIn\":4,\"available\":1,\"busy\":1,\"paused\":1}");

            // when Bob talks, then hangs up, and Ann logs off
            sales.status("PJSIP/bob", MemberStatus.INUSE, true);
            await().atMost(Duration.ofSeconds(10)).until(() -> agents.now().busy() == 1 && agents.now().available() == 1);
            sales.status("PJSIP/bob", MemberStatus.NOT_INUSE, false);
            await().atMost(Duration.ofSeconds(10)).until(() -> agents.now().available() == 2);
            ami.queue("sales").pause("PJSIP/cat", false);
            await().atMost(Duration.ofSeconds(10)).until(() -> agents.now().available() == 3);

            // then Bob is free again and Cat back: three available, Dan still not
            assertThat(agents.now()).isEqualTo(new WallboardSnapshot.AgentsNow(4, 3, 0, 0));
        }
    }

    private static QueueMember agent(String name) {
        return new QueueMember(name, "PJSIP/" + name.toLowerCase(), MemberStatus.NOT_INUSE, false, false, 0);
    }
}
