package org.centralita.flows.compile;

import static org.assertj.core.api.Assertions.assertThat;

import org.centralita.flows.registry.NodeType;
import org.centralita.flows.registry.NodeTypes;
import org.junit.jupiter.api.Test;

class NodeStepsTest {

    @Test
    void shouldHaveACompileStepForEveryRegisteredNodeType() {
        // given every type of the registry
        var registered = NodeTypes.all().stream().map(NodeType::name).toList();

        // then each has a step, and no step exists for a type the registry does not know
        assertThat(registered).allSatisfy(name -> assertThat(NodeSteps.forType(name)).as(name).isPresent());
        assertThat(NodeSteps.typeNames()).containsExactlyInAnyOrderElementsOf(registered);
    }
}
