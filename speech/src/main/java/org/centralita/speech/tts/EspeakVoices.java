package org.centralita.speech.tts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The voices an installed espeak-ng has, as {@code espeak-ng --voices} lists them ("es",
 * "es-419", "en-us", "fr-fr"), and the one that speaks a language tag best: the exact tag, else
 * the bare language, else the first voice of that language.
 */
final class EspeakVoices {

    private static final Logger LOG = LoggerFactory.getLogger(EspeakVoices.class);

    private final List<String> languages;

    private EspeakVoices(List<String> languages) {
        this.languages = List.copyOf(languages);
    }

    /** The voices of {@code program}, or empty when it does not run. */
    static Optional<EspeakVoices> of(String program) {
        try {
            Process process = new ProcessBuilder(program, "--voices").redirectErrorStream(true).start();
            process.getOutputStream().close();
            String listing = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
                LOG.info("{} --voices did not answer: espeak-ng voices are not available", program);
                return Optional.empty();
            }
            return Optional.of(parse(listing));
        } catch (IOException notInstalled) {
            LOG.info("{} is not installed ({}): only FreeTTS's English voices speak prompts", program,
                    notInstalled.getMessage());
            return Optional.empty();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Reads the table of {@code espeak-ng --voices}: its second column is the voice's language. */
    static EspeakVoices parse(String listing) {
        List<String> languages = new ArrayList<>();
        for (String line : listing.split("\n")) {
            String[] columns = line.strip().split("\\s+");
            if (columns.length >= 2 && columns[0].matches("\\d+")) {
                languages.add(columns[1].toLowerCase(Locale.ROOT));
            }
        }
        return new EspeakVoices(languages);
    }

    /** The voice for a BCP 47 tag ("es-ES" -> "es", "fr-FR" -> "fr-fr"), if one speaks its language. */
    Optional<String> voiceFor(String tag) {
        String exact = tag.toLowerCase(Locale.ROOT);
        String language = Locale.forLanguageTag(tag).getLanguage();
        if (language.isEmpty()) {
            return Optional.empty();
        }
        if (languages.contains(exact)) {
            return Optional.of(exact);
        }
        if (languages.contains(language)) {
            return Optional.of(language);
        }
        return languages.stream().filter(voice -> voice.startsWith(language + "-")).findFirst();
    }
}
