package org.centralita.speech.asr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.cmu.sphinx.linguist.acoustic.tiedstate.Loader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.centralita.speech.grammar.Grammar;
import org.junit.jupiter.api.Test;

/** The channel adaptation's file, its arithmetic, and what it does to a loaded model's means. */
class ChannelAdaptationTest {

    private static final List<Set<String>> TWO_CLASSES = List.of(Set.of("silence"),
            Set.of("vowel", "sonorant", "fricative", "stop"));

    @Test
    void shouldBundleOneTransformPerPhoneClassAndStreamOfTheModel() {
        ChannelAdaptation bundled = ChannelAdaptation.bundled();

        assertThat(bundled.classes()).hasSizeGreaterThan(1);
        assertThat(bundled.classes().stream().flatMap(Set::stream).filter(member -> ChannelAdaptation.group(member).isPresent()))
                .containsExactlyInAnyOrder("silence", "vowel", "sonorant", "fricative", "stop");
        float[] mean = new float[13];
        mean[0] = 1;
        assertThat(bundled.moved(0, 2, mean)).hasSize(13);
    }

    @Test
    void shouldReadWhatItWrites() throws IOException {
        ChannelAdaptation adaptation = random(TWO_CLASSES, 3, 4, 7);
        StringWriter text = new StringWriter();
        adaptation.write(text, List.of("a comment", "another"));

        ChannelAdaptation read = ChannelAdaptation.read(new StringReader(text.toString()), "test");

        assertThat(text.toString()).startsWith("# a comment\n# another\nstreams 3 dimension 4\nclass silence\n");
        assertThat(read.classes()).isEqualTo(adaptation.classes());
        float[] mean = {0.5f, -1.25f, 3f, 0.125f};
        for (int c = 0; c < 2; c++) {
            for (int stream = 0; stream < 3; stream++) {
                float[] expected = adaptation.moved(c, stream, mean);
                float[] actual = read.moved(c, stream, mean);
                for (int i = 0; i < 4; i++) {
                    assertThat(actual[i]).isCloseTo(expected[i], org.assertj.core.data.Offset.offset(1e-4f * (1 + Math.abs(expected[i]))));
                }
            }
        }
    }

    @Test
    void shouldSayWhetherItExpectsTheHighBandEstimated() throws IOException {
        assertThat(ChannelAdaptation.bundled().highBandEstimated()).isTrue();
        ChannelAdaptation measured = random(TWO_CLASSES, 1, 2, 3);
        StringWriter text = new StringWriter();
        measured.withHighBandEstimated(true).write(text, List.of());

        assertThat(measured.highBandEstimated()).isFalse();
        assertThat(text.toString()).startsWith("features high-band-estimated\nstreams 1 dimension 2\n");
        assertThat(ChannelAdaptation.read(new StringReader(text.toString()), "t").highBandEstimated()).isTrue();
        assertThat(ChannelAdaptation.read(new StringReader(text.toString().replace("high-band-estimated", "measured")), "t")
                .highBandEstimated()).isFalse();
        assertThatThrownBy(() -> ChannelAdaptation.read(new StringReader("features wideband\nstreams 1 dimension 1\n"), "f.txt"))
                .hasMessage("f.txt: features are 'measured' or 'high-band-estimated', not 'wideband'");
    }

    @Test
    void shouldComposeTwoPassesIntoOneTransform() {
        ChannelAdaptation first = random(TWO_CLASSES, 1, 3, 1);
        ChannelAdaptation second = random(TWO_CLASSES, 1, 3, 2);
        float[] mean = {1.5f, -0.5f, 2f};

        float[] composed = first.then(second).moved(1, 0, mean);
        float[] inTurn = second.moved(1, 0, first.moved(1, 0, mean));

        for (int i = 0; i < 3; i++) {
            assertThat(composed[i]).isCloseTo(inTurn[i], org.assertj.core.data.Offset.offset(1e-4f));
        }
        assertThat(ChannelAdaptation.NONE.then(second)).isSameAs(second);
    }

    @Test
    void shouldRefuseFilesItCannotUseWithTheReason() {
        assertThatThrownBy(() -> ChannelAdaptation.read(new StringReader("streams 1 dimension 1\nclass silence\n1 0\n"), "a.txt"))
                .isInstanceOf(IOException.class)
                .hasMessage("a.txt: phone groups in no class: vowel, sonorant, fricative, stop");
        assertThatThrownBy(() -> ChannelAdaptation.read(new StringReader("streams 1 dimension 1\nclass silence,vowels\n1 0\n"), "b.txt"))
                .hasMessageStartingWith("b.txt: unknown phone group 'vowels' (known: silence, vowel, sonorant, fricative, stop)");
        assertThatThrownBy(() -> ChannelAdaptation.read(new StringReader("streams 1 dimension 1\nclass silence,vowel,sonorant,fricative,stop\n1 x\n"), "c.txt"))
                .hasMessage("c.txt: expected a number, found 'x'");
        assertThatThrownBy(() -> ChannelAdaptation.read(new StringReader("streams 1 dimension 2\nclass silence,vowel,sonorant,fricative,stop\n1 0 0\n"), "d.txt"))
                .hasMessage("d.txt: ends where a number was expected");
        assertThatThrownBy(() -> ChannelAdaptation.read(new StringReader("dimension 2\n"), "e.txt"))
                .hasMessage("e.txt: expected 'streams', found 'dimension'");
    }

    @Test
    void shouldMoveTheMeansOfEachPhoneClassOfALoadedModelOnly() throws IOException {
        // Silence keeps its means (identity); every speech Gaussian of stream s moves by s + 1 in each dimension.
        float[][][][] matrices = new float[2][3][13][13];
        float[][][] offsets = new float[2][3][13];
        for (int c = 0; c < 2; c++) {
            for (int stream = 0; stream < 3; stream++) {
                for (int i = 0; i < 13; i++) {
                    matrices[c][stream][i][i] = 1;
                    offsets[c][stream][i] = c == 1 ? stream + 1 : 0;
                }
            }
        }
        ChannelAdaptation shift = new ChannelAdaptation(TWO_CLASSES, matrices, offsets);
        GrammarCompiler compiler = new GrammarCompiler(Files.createTempDirectory("adaptation-grammars"));
        CompiledGrammar grammar = compiler.compile(Grammar.builtin("yes-no"));
        SphinxEngine plain = SphinxEngine.load(grammar, ChannelAdaptation.NONE);
        SphinxEngine moved = SphinxEngine.load(grammar, shift);
        try {
            Loader before = plain.acousticModel();
            Loader after = moved.acousticModel();
            List<String> phones = new ArrayList<>(before.getContextIndependentUnits().keySet());
            int perPhone = before.getMeansPool().size() / phones.size();
            int perStream = perPhone / 3;
            int silence = phones.indexOf("SIL");
            int s = phones.indexOf("S");
            assertThat(silence).isNotNegative();
            for (int g = 0; g < perPhone; g++) {
                assertThat(after.getMeansPool().get(silence * perPhone + g))
                        .containsExactly(before.getMeansPool().get(silence * perPhone + g));
                float[] original = before.getMeansPool().get(s * perPhone + g);
                float[] shifted = after.getMeansPool().get(s * perPhone + g);
                for (int i = 0; i < 13; i++) {
                    assertThat(shifted[i]).isEqualTo(original[i] + (g / perStream + 1));
                }
            }
        } finally {
            plain.close();
            moved.close();
        }
    }

    private static ChannelAdaptation random(List<Set<String>> classes, int streams, int dimension, long seed) {
        Random random = new Random(seed);
        float[][][][] matrices = new float[classes.size()][streams][dimension][dimension];
        float[][][] offsets = new float[classes.size()][streams][dimension];
        for (int c = 0; c < classes.size(); c++) {
            for (int stream = 0; stream < streams; stream++) {
                for (int i = 0; i < dimension; i++) {
                    for (int j = 0; j < dimension; j++) {
                        matrices[c][stream][i][j] = (float) random.nextGaussian();
                    }
                    offsets[c][stream][i] = (float) random.nextGaussian();
                }
            }
        }
        return new ChannelAdaptation(classes, matrices, offsets);
    }
}
