package org.centralita.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.centralita.flows.registry.NodeTypes;
import org.centralita.runtime.crm.CrmConnectors;
import org.junit.jupiter.api.Test;

class ExecutorRegistryTest {

    @Test
    void shouldHaveAnExecutorForEveryNodeTypeOfTheRegistry() {
        // the standard registry checks itself against NodeTypes when it is built
        ExecutorRegistry registry = ExecutorRegistry.standard(CrmConnectors.NONE, new TextSpeechMatcher(), call -> null);

        assertThat(registry).isNotNull();
        assertThat(NodeTypes.all()).hasSize(17);
    }

    @Test
    void shouldRefuseARegistryMissingANodeType() {
        assertThatThrownBy(() -> new ExecutorRegistry(List.of(new PlayExecutor())))
                .hasMessageContaining("no executor for node type 'menu'");
    }
}
