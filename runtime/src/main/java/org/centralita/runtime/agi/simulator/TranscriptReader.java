package org.centralita.runtime.agi.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a recorded transcript ({@code <name>.txt} and {@code raw/<name>.jsonl}) into its calls.
 */
public final class TranscriptReader {
    private static final Pattern CALL = Pattern.compile("^# Call (\\d+): (.*)$");
    private static final Pattern TIMED = Pattern.compile("^\\[\\s*(-?[0-9.]+)\\] (A>|S>|\\*\\*)(?: (.*))?$");
    private static final ObjectMapper JSON = new ObjectMapper();

    private TranscriptReader() {
    }

    public static List<TranscriptCall> read(Path directory, String name) throws IOException {
        List<String> text = Files.readAllLines(directory.resolve(name + ".txt"), StandardCharsets.UTF_8);
        List<List<TranscriptCall.Chunk>> chunks = chunks(directory.resolve("raw").resolve(name + ".jsonl"));
        List<TranscriptCall> calls = new ArrayList<>();
        CallBuilder current = null;
        boolean afterSeparator = false;
        for (String line : text) {
            Matcher call = CALL.matcher(line);
            if (afterSeparator && call.matches()) {
                if (current != null) {
                    calls.add(current.build(chunks));
                }
                current = new CallBuilder(Integer.parseInt(call.group(1)), call.group(2));
            } else if (current != null) {
                current.add(line);
            }
            afterSeparator = line.startsWith("#####") || (afterSeparator && line.isBlank());
        }
        if (current != null) {
            calls.add(current.build(chunks));
        }
        return calls;
    }

    private static List<List<TranscriptCall.Chunk>> chunks(Path jsonl) throws IOException {
        List<List<TranscriptCall.Chunk>> byCall = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = JSON.readTree(line);
            int call = node.get("call").asInt();
            while (byCall.size() < call) {
                byCall.add(new ArrayList<>());
            }
            byCall.get(call - 1).add(new TranscriptCall.Chunk(node.get("t_ms").asDouble(),
                    "A".equals(node.get("dir").asText()), Base64.getDecoder().decode(node.get("b64").asText())));
        }
        return byCall;
    }

    private static final class CallBuilder {
        private final int number;
        private final String title;
        private final List<String> header = new ArrayList<>();
        private final List<TranscriptCall.Line> lines = new ArrayList<>();
        private final List<String> log = new ArrayList<>();

        CallBuilder(int number, String title) {
            this.number = number;
            this.title = title;
        }

        void add(String line) {
            Matcher timed = TIMED.matcher(line);
            if (timed.matches()) {
                TranscriptCall.Kind kind = switch (timed.group(2)) {
                    case "A>" -> TranscriptCall.Kind.ASTERISK;
                    case "S>" -> TranscriptCall.Kind.SERVER;
                    default -> TranscriptCall.Kind.NOTE;
                };
                String text = timed.group(3) == null ? "" : timed.group(3);
                lines.add(new TranscriptCall.Line(Double.parseDouble(timed.group(1)), kind, text));
            } else if (line.startsWith("#|")) {
                log.add(line.substring(2).strip());
            } else if (line.startsWith("#") && lines.isEmpty() && !line.startsWith("#####")) {
                header.add(line.substring(1).strip());
            }
        }

        TranscriptCall build(List<List<TranscriptCall.Chunk>> chunks) {
            List<TranscriptCall.Chunk> own = number <= chunks.size() ? chunks.get(number - 1) : List.of();
            return new TranscriptCall(number, title, header, lines, own, log);
        }
    }
}
