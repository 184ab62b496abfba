package org.centralita.flows.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.centralita.flows.registry.NodeTypes;
import org.junit.jupiter.api.Test;

/** The validator registry covers the node-type registry exactly. */
class NodeValidatorsTest {

    @Test
    void shouldHaveOneValidatorForEveryNodeTypeOfTheRegistry() {
        // given the node types of the registry; when the validators are listed; then they match one to one
        assertThat(NodeValidators.all().keySet()).containsExactlyInAnyOrderElementsOf(NodeTypes.names());
        NodeTypes.all().forEach(type -> assertThat(NodeValidators.of(type.name()).type()).isEqualTo(type.name()));
    }
}
