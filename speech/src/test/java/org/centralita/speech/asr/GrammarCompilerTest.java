package org.centralita.speech.asr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.centralita.speech.grammar.Grammar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GrammarCompilerTest {

    private static final Grammar MENU = Grammar.phrases(Map.of("1", List.of("billing"), "0", List.of("agent")));

    @TempDir
    Path directory;

    @Test
    void shouldRewriteAGrammarFileThatAnOlderVersionWroteOtherwise() throws Exception {
        CompiledGrammar compiled = new GrammarCompiler(directory).compile(MENU);
        Path file = directory.resolve(compiled.name() + ".gram");
        String written = Files.readString(file);
        Files.writeString(file, written.replace("agent | billing", "billing | agent"));
        assertThat(Files.readString(file)).isNotEqualTo(written);

        CompiledGrammar again = new GrammarCompiler(directory).compile(MENU);

        assertThat(again).isEqualTo(compiled);
        assertThat(Files.readString(file)).isEqualTo(written).isEqualTo(MENU.toJsgf(compiled.name()));
    }
}
