package org.centralita.runtime.ami;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.centralita.runtime.ami.simulator.MemberStatus;
import org.centralita.runtime.ami.simulator.QueueMember;
import org.centralita.runtime.ami.simulator.SimulatedAmi;
import org.centralita.runtime.engine.QueueState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class QueueStatusServiceTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final Map<String, String> ENVIRONMENT = Map.of("AMI_SECRET", "s3cret");

    private SimulatedAmi asterisk;
    private QueueStatusService service;

    @AfterEach
    void stop() {
        if (service != null) {
            service.close();
        }
        if (asterisk != null) {
            asterisk.close();
        }
    }

    private static AmiSettings settings(int port, Duration refresh) {
        return AmiSettings.defaults().withPort(port)
                .withTimings(refresh, Duration.ofMillis(50), Duration.ofMillis(200));
    }

    private QueueStatusService connect(int port, Duration refresh) {
        return QueueStatusService.start(settings(port, refresh), ENVIRONMENT::get);
    }

    /** support: Ana free, Ben paused, Carla on a call, Dan's phone unavailable; two callers waiting. */
    private void supportQueue() {
        asterisk.queue("support").holdtime(95, 240)
                .member(QueueMember.free("PJSIP/ana"))
                .member(QueueMember.free("PJSIP/ben").withPaused(true))
                .member(QueueMember.free("PJSIP/carla").withStatus(MemberStatus.INUSE, true))
                .member(QueueMember.free("PJSIP/dan").withStatus(MemberStatus.UNAVAILABLE, false))
                .caller("+34600111222", Duration.ofSeconds(40))
                .caller("+34600333444", Duration.ofSeconds(10));
    }

    @Test
    void shouldSnapshotCallersAgentsAndHoldTimeOfEveryQueue() throws IOException {
        // given
        asterisk = SimulatedAmi.start("centralita", "s3cret");
        supportQueue();
        asterisk.queue("sales");

        // when
        service = connect(asterisk.port(), Duration.ofMinutes(1));

        // then
        await().atMost(PATIENCE).until(() -> service.state("support").known());
        QueueState support = service.state("support");
        assertThat(support.waiting()).isEqualTo(2);
        assertThat(support.loggedIn()).isEqualTo(3);
        assertThat(support.available()).isEqualTo(1);
        assertThat(support.holdtime()).isEqualTo(95);
        assertThat(support.longestWait()).isBetween(40, 45);
        assertThat(service.state("sales")).isEqualTo(new QueueState(true, 0, 0, 0, 0, 0));
        assertThat(service.state("no-such-queue").known()).isFalse();
        assertThat(service.known()).containsOnlyKeys("support", "sales");
    }

    @Test
    void shouldRefreshSoonAfterAQueueEvent() throws IOException {
        // given: a refresh interval far longer than the test
        asterisk = SimulatedAmi.start("centralita", "s3cret");
        supportQueue();
        service = connect(asterisk.port(), Duration.ofMinutes(10));
        await().atMost(PATIENCE).until(() -> service.state("support").known());

        // when: a third caller joins and Ana pauses (QueueCallerJoin, QueueMemberPause events)
        asterisk.queue("support").caller("+34600555666", Duration.ZERO).pause("PJSIP/ana", true);

        // then
        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(service.state("support").waiting()).isEqualTo(3);
            assertThat(service.state("support").available()).isZero();
        });
    }

    @Test
    void shouldReconnectAndRefreshAfterTheLinkDrops() throws IOException {
        // given
        asterisk = SimulatedAmi.start("centralita", "s3cret");
        supportQueue();
        service = connect(asterisk.port(), Duration.ofMinutes(10));
        await().atMost(PATIENCE).until(() -> service.state("support").known());

        // when: the network cuts every manager connection, and a caller leaves meanwhile
        asterisk.dropConnections();
        asterisk.queue("support").callerLeaves(true);

        // then: logged in again, and the state is read afresh
        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(asterisk.actionsReceived("Login")).isEqualTo(2);
            assertThat(service.connected()).isTrue();
            assertThat(service.state("support").waiting()).isEqualTo(1);
        });
    }

    @Test
    void shouldAnswerUnknownAtOnceWhileAsteriskIsDownAndConnectWhenItStarts() throws IOException {
        // given: nothing listens on the manager port yet
        int port = freePort();
        service = connect(port, Duration.ofMinutes(1));

        // then: unknown, without waiting on the link
        long started = System.nanoTime();
        assertThat(service.state("support")).isEqualTo(QueueState.unknown());
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(50));
        assertThat(service.connected()).isFalse();

        // when: Asterisk starts
        asterisk = SimulatedAmi.start(port, "centralita", "s3cret");
        supportQueue();

        // then: the service's retries log in
        await().atMost(PATIENCE).until(() -> service.state("support").known());
    }

    @Test
    void shouldForgetTheStateWhenAsteriskStopsAndReadItAgainWhenItIsBack() throws IOException {
        // given
        asterisk = SimulatedAmi.start("centralita", "s3cret");
        int port = asterisk.port();
        supportQueue();
        service = connect(port, Duration.ofMinutes(10));
        await().atMost(PATIENCE).until(() -> service.state("support").known());

        // when: Asterisk stops
        asterisk.close();

        // then
        await().atMost(PATIENCE).until(() -> !service.state("support").known());
        assertThat(service.known()).isEmpty();

        // when: it starts again on the same port, with an empty queue now
        asterisk = SimulatedAmi.start(port, "centralita", "s3cret");
        asterisk.queue("support").member(QueueMember.free("PJSIP/ana"));

        // then
        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(service.state("support")).isEqualTo(new QueueState(true, 0, 1, 1, 0, 0)));
    }

    @Test
    void shouldKeepTryingWithBackOffWhileTheSecretIsRefused() throws IOException {
        asterisk = SimulatedAmi.start("centralita", "another secret");
        supportQueue();

        service = connect(asterisk.port(), Duration.ofMinutes(1));

        await().atMost(PATIENCE).until(() -> asterisk.actionsReceived("Login") >= 3);
        assertThat(service.connected()).isFalse();
        assertThat(service.state("support").known()).isFalse();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
