package org.centralita.speech.asr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpora of the adaptation trainers: Speech Commands' training layout (WORD/FILE.wav), its test set's
 * {@code _unknown_} folder whose files are named after their word, several directories read in order, and
 * a bound on the recordings of a word.
 */
class WordCorpusTest {

    @Test
    void shouldTakeEachRecordingsWordFromItsFolderOrFromItsName(@TempDir Path temp) throws Exception {
        Path training = temp.resolve("training");
        Path test = temp.resolve("test");
        touch(training.resolve("zero/0a2b400e_nohash_0.wav"));
        touch(training.resolve("yes/0a2b400e_nohash_1.wav"));
        touch(training.resolve("README.wav"));
        touch(test.resolve("yes/022cd682_nohash_0.wav"));
        touch(test.resolve("_unknown_/zero_9d171fee_nohash_1.wav.wav"));
        touch(test.resolve("_unknown_/six_3659fc1c_nohash_0.wav"));

        List<WordCorpus.Recording> recordings = WordCorpus.read(WordCorpus.directories(training + "," + test), Integer.MAX_VALUE);

        assertThat(recordings).extracting(WordCorpus.Recording::word)
                .containsExactly("yes", "zero", "six", "zero", "yes");
        assertThat(WordCorpus.names(WordCorpus.directories(training + "," + test))).isEqualTo("training, test");
    }

    @Test
    void shouldTakeTheFirstRecordingsOfAWordUpToTheBound(@TempDir Path temp) throws Exception {
        Path corpus = temp.resolve("corpus");
        touch(corpus.resolve("no/0a2b400e_nohash_0.wav"));
        touch(corpus.resolve("no/0b40aa8e_nohash_0.wav"));
        touch(corpus.resolve("no/0c2ca723_nohash_0.wav"));
        touch(corpus.resolve("one/0c2ca723_nohash_0.wav"));

        List<WordCorpus.Recording> recordings = WordCorpus.read(List.of(corpus), 2);

        assertThat(recordings).extracting(recording -> corpus.relativize(recording.file()).toString())
                .containsExactly("no/0a2b400e_nohash_0.wav", "no/0b40aa8e_nohash_0.wav", "one/0c2ca723_nohash_0.wav");
    }

    private static void touch(Path file) throws Exception {
        Files.createDirectories(file.getParent());
        Files.write(file, new byte[0]);
    }
}
