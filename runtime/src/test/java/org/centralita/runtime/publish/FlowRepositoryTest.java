package org.centralita.runtime.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.centralita.runtime.publish.PublishFixtures.brokenFlow;
import static org.centralita.runtime.publish.PublishFixtures.bundle;
import static org.centralita.runtime.publish.PublishFixtures.flow;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import org.centralita.runtime.publish.PublishOutcome.Published;
import org.centralita.runtime.publish.PublishOutcome.Refused;
import org.junit.jupiter.api.Test;

class FlowRepositoryTest {

    private final FlowRepository repository = new FlowRepository(TestBuilders.real(), 3, Clock.systemUTC());

    @Test
    void shouldServeTheNewVersionWhileKeepingTheOneACallAlreadyHolds() {
        // given version 1 published and taken by a call
        repository.publish(bundle("greeting.flow.yaml", flow("greeting", "Hello one.")), "ana");
        FlowVersion heldByCall = repository.current("greeting").orElseThrow();

        // when a changed flow is published
        PublishOutcome outcome = repository.publish(bundle("greeting.flow.yaml", flow("greeting", "Hello two.")), "ana");

        // then new calls get version 2 and the call's version 1 is unchanged
        assertThat(outcome).isInstanceOf(Published.class);
        FlowVersion current = repository.current("greeting").orElseThrow();
        assertThat(current.number()).isEqualTo(2);
        assertThat(current.flow().version()).isEqualTo("2");
        assertThat(current.publishedBy()).isEqualTo("ana");
        assertThat(heldByCall.number()).isEqualTo(1);
        assertThat(heldByCall.flow().version()).isEqualTo("1");
    }

    @Test
    void shouldRefuseABrokenPublishWholeWithEveryProblemAndKeepServing() {
        // given
        repository.publish(bundle("greeting.flow.yaml", flow("greeting", "Hello one.")), "ana");

        // when a bundle with one good and one broken flow is published
        PublishOutcome outcome = repository.publish(FlowBundle.of(Map.of(
                "greeting.flow.yaml", flow("greeting", "Hello two.").getBytes(StandardCharsets.UTF_8),
                "billing.flow.yaml", brokenFlow("billing").getBytes(StandardCharsets.UTF_8))), "ana");

        // then nothing of it is published and both errors name the bundle's own file
        assertThat(outcome).isInstanceOf(Refused.class);
        assertThat(((Refused) outcome).problems())
                .filteredOn(p -> p.contains(": error: "))
                .hasSizeGreaterThanOrEqualTo(2)
                .allMatch(p -> p.startsWith("billing.flow.yaml:"))
                .anyMatch(p -> p.contains("nowhere"))
                .anyMatch(p -> p.contains("teleport"));
        assertThat(repository.current("greeting").orElseThrow().number()).isEqualTo(1);
        assertThat(repository.current("billing")).isEmpty();
    }

    @Test
    void shouldMakeNoNewVersionWhenTheContentIsUnchanged() {
        // given
        repository.publish(bundle("greeting.flow.yaml", flow("greeting", "Hello one.")), "ana");

        // when the same file is published again
        Published again = (Published) repository.publish(bundle("greeting.flow.yaml", flow("greeting", "Hello one.")), "bob");

        // then
        assertThat(again.published()).isEmpty();
        assertThat(again.unchanged()).extracting(FlowVersion::number).containsExactly(1);
    }

    @Test
    void shouldRollBackToAKeptVersionAndNumberTheNextPublishAfterTheLatest() {
        // given versions 1 and 2
        repository.publish(bundle("greeting.flow.yaml", flow("greeting", "Hello one.")), "ana");
        repository.publish(bundle("greeting.flow.yaml", flow("greeting", "Hello two.")), "ana");

        // when
        repository.rollback("greeting", 1);

        // then version 1 serves, and a later publish becomes version 3
        assertThat(repository.current("greeting").orElseThrow().number()).isEqualTo(1);
        repository.publish(bundle("greeting.flow.yaml", flow("greeting", "Hello three.")), "ana");
        assertThat(repository.current("greeting").orElseThrow().number()).isEqualTo(3);
    }

    @Test
    void shouldKeepOnlyTheConfiguredNumberOfVersions() {
        // given a repository keeping 3 versions
        for (int i = 1; i <= 5; i++) {
            repository.publish(bundle("greeting.flow.yaml", flow("greeting", "Hello " + i + ".")), "ana");
        }

        // then the oldest two are gone and cannot be rolled back to
        assertThat(repository.history("greeting").orElseThrow().versions())
                .extracting(FlowVersion::number).containsExactly(3, 4, 5);
        assertThatThrownBy(() -> repository.rollback("greeting", 1))
                .isInstanceOf(UnknownFlowException.class).hasMessageContaining("no kept version 1");
        assertThatThrownBy(() -> repository.rollback("nobody", 1))
                .isInstanceOf(UnknownFlowException.class).hasMessageContaining("no published flow 'nobody'");
    }

    @Test
    void shouldMakeANewVersionWhenOnlyACalendarBesideTheFlowChanges() {
        // given
        repository.publish(FlowBundle.of(Map.of(
                "greeting.flow.yaml", flow("greeting", "Hello.").getBytes(StandardCharsets.UTF_8),
                "notes/readme.txt", "one".getBytes(StandardCharsets.UTF_8))), "ana");

        // when a file of the bundle that is not a flow changes
        Published second = (Published) repository.publish(FlowBundle.of(Map.of(
                "greeting.flow.yaml", flow("greeting", "Hello.").getBytes(StandardCharsets.UTF_8),
                "notes/readme.txt", "two".getBytes(StandardCharsets.UTF_8))), "ana");

        // then
        assertThat(second.published()).extracting(FlowVersion::number).containsExactly(2);
    }
}
