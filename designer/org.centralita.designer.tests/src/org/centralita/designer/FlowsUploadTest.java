package org.centralita.designer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.centralita.designer.runtime.FlowsUpload;
import org.junit.jupiter.api.Test;

/** What Studio's publish uploads of a flows directory: what `centralita publish DIR` uploads. */
class FlowsUploadTest {

    @Test
    void shouldUploadFlowsCalendarsAndRulesButNotTokensScratchFilesOrSavedTestCalls() throws Exception {
        // given: a flows directory with the files a runtime needs, and others it must never get
        Path flows = Files.createTempDirectory("centralita-upload");
        Files.createDirectories(flows.resolve("rules"));
        Files.createDirectories(flows.resolve(".git"));
        Map<String, String> kept = Map.of("line.flow.yaml", "centralita: 1\n", "rules/routing.drl", "package a\n",
                "calendars/office.yaml", "zone: UTC\n");
        for (Map.Entry<String, String> file : kept.entrySet()) {
            Files.createDirectories(flows.resolve(file.getKey()).getParent());
            Files.writeString(flows.resolve(file.getKey()), file.getValue());
        }
        for (String left : new String[] {".admin.token", ".git/config", "line.flow.yaml~", "line.flow.yaml.swp",
            "line.calls.yaml"}) {
            Files.writeString(flows.resolve(left), "secret or scratch");
        }

        // when
        Map<String, String> uploaded = unzip(FlowsUpload.zip(flows));

        // then: the needed files, by their paths in the directory, and nothing else
        assertThat(uploaded).isEqualTo(kept);
    }

    private static Map<String, String> unzip(byte[] zip) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
