package org.centralita.speech.asr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The recordings of single words that the adaptation trainers learn from, read from one or more corpus
 * directories in the layouts of the Speech Commands data set: its training set (WORD/FILE.wav) and its test
 * set, whose {@code _unknown_} folder names each file after its word ({@code zero_9d171fee_nohash_1.wav});
 * a file named so is that word's wherever it lies, others are their folder's. The order is fixed (the
 * directories as given, each sorted by path), so training on the same directories gives the same file.
 */
final class WordCorpus {

    /** Speech Commands' file names, optionally led by the word: WORD_SPEAKER_nohash_N.wav. */
    private static final Pattern NAMED_FILE = Pattern.compile("(?:([a-z]+)_)?[0-9a-f]{8}_nohash_\\d+\\.wav(?:\\.wav)?");

    record Recording(String word, Path file) {
    }

    private WordCorpus() {
    }

    /** The directories of a command line's CORPUS argument: one path, or several separated by commas. */
    static List<Path> directories(String argument) {
        return Arrays.stream(argument.split(",")).map(Path::of).toList();
    }

    /** The directories' names, for the header of an adaptation file. */
    static String names(List<Path> directories) {
        return directories.stream().map(directory -> directory.getFileName().toString()).collect(Collectors.joining(", "));
    }

    /** Every recording of one directory. */
    static List<Recording> read(Path directory) throws IOException {
        return read(List.of(directory), Integer.MAX_VALUE);
    }

    /** The recordings of the directories in order, at most {@code perWord} of each word (the first ones). */
    static List<Recording> read(List<Path> directories, int perWord) throws IOException {
        List<Recording> recordings = new ArrayList<>();
        Map<String, Integer> counts = new HashMap<>();
        for (Path directory : directories) {
            for (Recording recording : recordings(directory)) {
                if (counts.merge(recording.word(), 1, Integer::sum) <= perWord) {
                    recordings.add(recording);
                }
            }
        }
        return recordings;
    }

    private static List<Recording> recordings(Path directory) throws IOException {
        List<Recording> recordings = new ArrayList<>();
        try (Stream<Path> files = Files.walk(directory, 2)) {
            files.filter(file -> file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".wav"))
                    .filter(file -> !file.getParent().equals(directory))
                    .sorted()
                    .forEach(file -> recordings.add(new Recording(word(file), file)));
        }
        return recordings;
    }

    private static String word(Path file) {
        Matcher named = NAMED_FILE.matcher(file.getFileName().toString().toLowerCase(Locale.ROOT));
        if (named.matches() && named.group(1) != null) {
            return named.group(1);
        }
        return file.getParent().getFileName().toString().toLowerCase(Locale.ROOT);
    }
}
