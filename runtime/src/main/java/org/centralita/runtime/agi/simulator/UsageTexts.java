package org.centralita.runtime.agi.simulator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The usage texts Asterisk 22 prints in a 520 reply, exactly as recorded (they come raw from
 * its XML documentation, tags included), kept in {@code usage-texts.txt}.
 */
final class UsageTexts {
    private static final Map<String, List<String>> TEXTS = load();

    private UsageTexts() {
    }

    static List<String> of(String command) {
        return TEXTS.getOrDefault(command, List.of());
    }

    private static Map<String, List<String>> load() {
        Map<String, List<String>> texts = new HashMap<>();
        try (InputStream in = UsageTexts.class.getResourceAsStream("usage-texts.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> current = null;
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("## ")) {
                    current = new ArrayList<>();
                    texts.put(line.substring(3), current);
                } else if (current != null) {
                    current.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }
}
