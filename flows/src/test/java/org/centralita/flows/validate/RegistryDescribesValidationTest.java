package org.centralita.flows.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.centralita.flows.model.Defaults;
import org.centralita.flows.model.FieldValues;
import org.centralita.flows.registry.FieldKind;
import org.centralita.flows.registry.FieldSpec;
import org.centralita.flows.registry.NodeType;
import org.centralita.flows.registry.NodeTypes;
import org.junit.jupiter.api.Test;

/**
 * The registry describes every field the validator knows, so that property forms built from it
 * offer exactly what a valid flow may hold: every field, option and branch key the validator
 * accepts has a kind, a label and help text, and nothing else is accepted.
 */
class RegistryDescribesValidationTest {

    @Test
    void shouldGiveEveryFieldItemAndOutcomeALabelAndHelpText() {
        for (NodeType type : NodeTypes.all()) {
            for (FieldSpec field : type.fields()) {
                assertThat(field.label()).as(type.name() + "." + field.name()).isNotBlank();
                assertThat(field.description()).as(type.name() + "." + field.name()).isNotBlank();
                boolean hasItems = field.kind() == FieldKind.OPTIONS || field.kind() == FieldKind.BRANCHES;
                assertThat(field.itemFields().isEmpty()).as(type.name() + "." + field.name() + " items").isEqualTo(!hasItems);
                field.itemFields().forEach(item -> assertThat(item.description()).as(item.name()).isNotBlank());
            }
            type.outcomes().forEach(o -> assertThat(o.description()).as(type.name() + " outcome " + o.name()).isNotBlank());
        }
        NodeType input = NodeTypes.get("input").orElseThrow();
        assertThat(List.of("no-input-prompt", "barge-in", "max-digits", "inter-digit-timeout"))
                .map(name -> input.field(name).orElseThrow().label())
                .containsExactly("No-input prompt", "Barge-in", "Max digits", "Inter-digit timeout");
    }

    @Test
    void shouldAcceptEveryDescribedFieldAndRefuseAnyOther() {
        for (NodeType type : NodeTypes.all()) {
            // given a node of the type with every field and outcome the registry describes, and one it does not
            StringBuilder node = new StringBuilder("    type: " + type.name() + "\n");
            type.fields().forEach(f -> node.append("    ").append(f.name()).append(": ").append(sample(f)).append('\n'));
            type.outcomes().forEach(o -> node.append("    ").append(o.name()).append(": n\n"));
            node.append("    undescribed-field: x\n");
            // when validated
            List<String> unknown = problems(type.name(), node.toString()).stream()
                    .filter(p -> p.contains("unknown field") || p.contains("unknown key")).toList();
            // then only the undescribed field is unknown
            assertThat(unknown).as(type.name()).hasSize(1).allMatch(p -> p.contains("unknown field 'undescribed-field'"));
        }
    }

    @Test
    void shouldCheckOwnFieldsOnlyAmongTheDescribedOnes() {
        NodeValidators.all().forEach((name, validator) -> assertThat(NodeTypes.get(name).orElseThrow().fields())
                .extracting(FieldSpec::name).as(name).containsAll(validator.ownFields()));
    }

    @Test
    void shouldRefuseAnOptionOrBranchKeyTheRegistryDoesNotDescribe() {
        // given a menu option and a decision branch with a key the registry does not describe
        String menu = "    type: menu\n    prompt: p\n    options: {\"1\": {next: n, colour: red}}\n    max-retries: n\n";
        String decision = "    type: decision\n    branches: [{when: 'true', next: n, colour: red}]\n    else: n\n";
        // when validated, then the key is named as unknown
        assertThat(problems("menu", menu)).anyMatch(p -> p.contains("option '1': unknown key 'colour'"));
        assertThat(problems("decision", decision)).anyMatch(p -> p.contains("branch 1: unknown key 'colour'"));
    }

    @Test
    void shouldGiveDefaultsAsValuesOfTheFieldsKind() {
        // given a flow whose defaults set the timeout to 7s
        Defaults defaults = new Defaults(Duration.ofSeconds(7), Duration.ofSeconds(3), 2, false, "*");
        NodeType menu = NodeTypes.get("menu").orElseThrow();
        // when the defaults of menu fields are asked for, then they are typed values
        assertThat(FieldValues.defaultOf(menu.field("timeout").orElseThrow(), defaults)).contains(Duration.ofSeconds(7));
        assertThat(FieldValues.defaultOf(menu.field("retries").orElseThrow(), defaults)).contains(2);
        assertThat(FieldValues.defaultOf(menu.field("barge-in").orElseThrow(), defaults)).contains(false);
        assertThat(FieldValues.defaultOf(menu.field("confidence").orElseThrow(), defaults)).contains(new BigDecimal("0.5"));
        assertThat(FieldValues.defaultOf(menu.field("prompt").orElseThrow(), defaults)).isEmpty();
        assertThat(menu.field("timeout").orElseThrow().flowDefault()).contains("timeout");
    }

    private static String sample(FieldSpec field) {
        return switch (field.kind()) {
            case OPTIONS -> "{\"1\": {" + field.itemFields().stream().map(i -> i.name() + ": n")
                    .collect(Collectors.joining(", ")) + "}}";
            case BRANCHES -> "[{" + field.itemFields().stream().map(i -> i.name() + ": n")
                    .collect(Collectors.joining(", ")) + "}]";
            default -> "x";
        };
    }

    private static List<String> problems(String type, String node) {
        return ValidationFixture.problems("centralita: 1\nid: t\nstart: s\nnodes:\n  s:\n" + node
                + "  n:\n    type: hangup\n");
    }
}
