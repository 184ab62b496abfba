package org.centralita.flows.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.centralita.flows.validate.Validator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Renames that reach other files of a flows directory: a flow's id and a subflow's returned outcome. */
class AcrossFilesRenameTest {

    @TempDir
    Path dir;

    private FlowsDirectory flows;
    private String lineBefore;
    private String appointmentBefore;

    @BeforeEach
    void copyTheCitizenExamples() throws IOException {
        try (Stream<Path> files = Files.walk(ExampleFlows.DIRECTORY)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = dir.resolve(ExampleFlows.DIRECTORY.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
        flows = FlowsDirectory.open(dir);
        lineBefore = flows.document("citizen-line").orElseThrow().text();
        appointmentBefore = flows.document("citizen-appointment").orElseThrow().text();
    }

    @Test
    void shouldRenameAFlowItsCallersAndItsFileAndUndoIt() throws IOException {
        // given the directory is valid
        assertThat(errors()).isEmpty();
        // when the appointment subflow is renamed
        RenameFlow rename = new RenameFlow(flows, "citizen-appointment", "city-appointment");
        rename.apply();
        // then its id and both subflow nodes of the caller name the new id, and nothing else changed
        assertThat(flows.document("city-appointment").orElseThrow().text())
                .isEqualTo(appointmentBefore.replace("id: citizen-appointment", "id: city-appointment"));
        assertThat(flows.document("citizen-line").orElseThrow().text())
                .isEqualTo(lineBefore.replace("flow: citizen-appointment", "flow: city-appointment"));
        assertThat(errors()).isEmpty();
        // and saving writes the new file and removes the old one
        flows.save();
        assertThat(dir.resolve("city-appointment.flow.yaml")).exists();
        assertThat(dir.resolve("citizen-appointment.flow.yaml")).doesNotExist();
        // and undo gives back every text and the old file name
        rename.undo();
        flows.save();
        assertThat(Files.readString(dir.resolve("citizen-appointment.flow.yaml"))).isEqualTo(appointmentBefore);
        assertThat(Files.readString(dir.resolve("citizen-line.flow.yaml"))).isEqualTo(lineBefore);
        assertThat(dir.resolve("city-appointment.flow.yaml")).doesNotExist();
    }

    @Test
    void shouldRefuseToRenameAFlowOntoAnotherFlow() {
        // when the subflow is renamed to the caller's id, then it is refused
        assertThat(new RenameFlow(flows, "citizen-appointment", "citizen-line").refusal())
                .hasValueSatisfying(m -> assertThat(m).startsWith("there is already a flow 'citizen-line'"));
    }

    @Test
    void shouldRenameAReturnedOutcomeInTheSubflowAndInEveryCaller() {
        // when the subflow's 'booked' outcome is renamed
        RenameReturnedOutcome rename = new RenameReturnedOutcome(flows, "citizen-appointment", "booked", "confirmed");
        rename.apply();
        // then its return node and the outcome keys of both calling nodes are renamed, and all stays valid
        assertThat(flows.document("citizen-appointment").orElseThrow().text())
                .isEqualTo(appointmentBefore.replace("outcome: booked", "outcome: confirmed"));
        assertThat(flows.document("citizen-line").orElseThrow().text())
                .isEqualTo(lineBefore.replace("    booked: appointment-booked", "    confirmed: appointment-booked"));
        assertThat(errors()).isEmpty();
        // and undo gives both texts back
        rename.undo();
        assertThat(flows.document("citizen-line").orElseThrow().text()).isEqualTo(lineBefore);
        assertThat(flows.document("citizen-appointment").orElseThrow().text()).isEqualTo(appointmentBefore);
    }

    @Test
    void shouldRefuseAReturnedOutcomeNameThatIsAFieldOrAlreadyReturned() {
        assertThat(new RenameReturnedOutcome(flows, "citizen-appointment", "booked", "next").refusal())
                .contains("'next' is a field of subflow nodes; choose another outcome name");
        assertThat(new RenameReturnedOutcome(flows, "citizen-appointment", "booked", "cancelled").refusal())
                .contains("flow 'citizen-appointment' already returns 'cancelled'");
        assertThat(new RenameReturnedOutcome(flows, "citizen-appointment", "sold", "x").refusal())
                .contains("flow 'citizen-appointment' returns no outcome 'sold'");
    }

    private List<String> errors() {
        return new Validator().validate(flows.flowSet()).lines().stream().filter(l -> l.contains(": error: ")).toList();
    }
}
