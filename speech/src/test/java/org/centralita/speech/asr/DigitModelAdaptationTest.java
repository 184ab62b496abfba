package org.centralita.speech.asr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.cmu.sphinx.linguist.acoustic.tiedstate.Loader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.assertj.core.data.Offset;
import org.centralita.speech.grammar.Grammar;
import org.junit.jupiter.api.Test;

/** The telephone model's adaptation: its file, its arithmetic, and what it does to the loaded model. */
class DigitModelAdaptationTest {

    @Test
    void shouldBundleATransformOfEachOfTheTelephoneModelsThreeStreamsAndMapMeans() throws IOException {
        DigitModelAdaptation bundled = DigitModelAdaptation.bundled();

        assertThat(bundled.mapMeans()).isGreaterThan(100);
        for (int stream = 0; stream < 3; stream++) {
            float[] mean = new float[13];
            mean[0] = 1;
            assertThat(bundled.moved(stream, mean)).hasSize(13).isNotEqualTo(mean);
        }
    }

    @Test
    void shouldReadWhatItWrites() throws IOException {
        DigitModelAdaptation adaptation = random(2, 3, 7).withMeans(Map.of(4, new float[] {1.5f, -2f, 0.25f}));
        StringWriter text = new StringWriter();
        adaptation.write(text, List.of("a comment"));

        DigitModelAdaptation read = DigitModelAdaptation.read(new StringReader(text.toString()), "test");

        assertThat(text.toString()).startsWith("# a comment\nstreams 2 dimension 3\n").contains("\nmeans 1\n4 1.50000 -2.00000 0.250000\n");
        assertThat(read.mapMeans()).isEqualTo(1);
        float[] mean = {0.5f, -1.25f, 3f};
        for (int stream = 0; stream < 2; stream++) {
            float[] expected = adaptation.moved(stream, mean);
            float[] actual = read.moved(stream, mean);
            for (int i = 0; i < 3; i++) {
                assertThat(actual[i]).isCloseTo(expected[i], Offset.offset(1e-4f * (1 + Math.abs(expected[i]))));
            }
        }
    }

    @Test
    void shouldComposeTwoPassesIntoOneTransformKeepingTheLastMeans() {
        DigitModelAdaptation first = random(1, 3, 1).withMeans(Map.of(0, new float[] {1, 1, 1}));
        DigitModelAdaptation second = random(1, 3, 2).withMeans(Map.of(5, new float[] {2, 2, 2}));
        float[] mean = {1.5f, -0.5f, 2f};

        DigitModelAdaptation both = first.then(second);
        float[] composed = both.moved(0, mean);
        float[] inTurn = second.moved(0, first.moved(0, mean));

        for (int i = 0; i < 3; i++) {
            assertThat(composed[i]).isCloseTo(inTurn[i], Offset.offset(1e-4f));
        }
        assertThat(both.mapMeans()).isEqualTo(1);
        assertThat(DigitModelAdaptation.NONE.then(second)).isSameAs(second);
    }

    @Test
    void shouldRefuseFilesItCannotUseWithTheReason() {
        assertThatThrownBy(() -> DigitModelAdaptation.read(new StringReader("streams 1 dimension 1\n1 x\nmeans 0\n"), "a.txt"))
                .isInstanceOf(IOException.class).hasMessage("a.txt: expected a number, found 'x'");
        assertThatThrownBy(() -> DigitModelAdaptation.read(new StringReader("streams 1 dimension 1\n1 0\n"), "b.txt"))
                .hasMessage("b.txt: ends where 'means' was expected");
        assertThatThrownBy(() -> DigitModelAdaptation.read(new StringReader("streams 1 dimension 1\n1 0\nmeans 2\n3 1\n3 2\n"), "c.txt"))
                .hasMessage("c.txt: Gaussian 3 has two means");
        assertThatThrownBy(() -> DigitModelAdaptation.read(new StringReader("streams 1 dimension 1\n1 0\nmeans 0\n7\n"), "d.txt"))
                .hasMessage("d.txt: unexpected '7' after the means");
        assertThatThrownBy(() -> DigitModelAdaptation.read(new StringReader("streams -1 dimension 1\n"), "e.txt"))
                .hasMessage("e.txt: expected a count, found '-1'");
    }

    @Test
    void shouldMoveEveryMeanOfTheLoadedTelephoneModelThenSetTheMapMeans() throws IOException {
        // Every mean moves by +1 in each dimension; Gaussian 10 then takes its MAP mean.
        float[][][] identity = new float[3][13][13];
        float[][] plusOne = new float[3][13];
        for (int stream = 0; stream < 3; stream++) {
            for (int i = 0; i < 13; i++) {
                identity[stream][i][i] = 1;
                plusOne[stream][i] = stream + 1;
            }
        }
        float[] map = new float[13];
        java.util.Arrays.fill(map, 7.5f);
        DigitModelAdaptation shift = new DigitModelAdaptation(identity, plusOne, Map.of(10, map));
        GrammarCompiler compiler = new GrammarCompiler(Files.createTempDirectory("digit-grammars"));
        CompiledGrammar digit = compiler.compile(Grammar.builtin("digits", 1, 1));
        SphinxEngine plain = SphinxEngine.load(digit, DigitModelAdaptation.NONE);
        SphinxEngine moved = SphinxEngine.load(digit, shift);
        try {
            Loader before = plain.acousticModel();
            Loader after = moved.acousticModel();
            // The telephone model: 42 phone codebooks of 128 Gaussians in three streams of 13 (phonetically tied mixtures).
            assertThat(before.getMeansPool().size()).isEqualTo(42 * 3 * 128);
            for (int g = 0; g < before.getMeansPool().size(); g++) {
                float[] original = before.getMeansPool().get(g);
                float[] shifted = after.getMeansPool().get(g);
                int stream = g / 128 % 3;
                for (int i = 0; i < 13; i++) {
                    assertThat(shifted[i]).isCloseTo(g == 10 ? 7.5f : original[i] + stream + 1, Offset.offset(1e-5f));
                }
            }
            assertThat(plain.unknownWords(List.of("zero", "nine", "oh", "yes", "zqxwv"))).containsExactly("zqxwv");
        } finally {
            plain.close();
            moved.close();
        }
    }

    @Test
    void shouldRefuseMapMeansTheModelDoesNotHave() throws IOException {
        DigitModelAdaptation beyond = new DigitModelAdaptation(new float[0][][], new float[0][], Map.of(42 * 3 * 128, new float[13]));
        GrammarCompiler compiler = new GrammarCompiler(Files.createTempDirectory("digit-grammars"));
        assertThatThrownBy(() -> SphinxEngine.load(compiler.compile(Grammar.builtin("digits", 1, 1)), beyond))
                .isInstanceOf(IllegalStateException.class).hasMessage("the model has no Gaussian 16128 of 13 dimensions");
    }

    private static DigitModelAdaptation random(int streams, int dimension, long seed) {
        Random random = new Random(seed);
        float[][][] matrices = new float[streams][dimension][dimension];
        float[][] offsets = new float[streams][dimension];
        for (int stream = 0; stream < streams; stream++) {
            for (int i = 0; i < dimension; i++) {
                for (int j = 0; j < dimension; j++) {
                    matrices[stream][i][j] = (float) random.nextGaussian();
                }
                offsets[stream][i] = (float) random.nextGaussian();
            }
        }
        return new DigitModelAdaptation(matrices, offsets, Map.of());
    }
}
