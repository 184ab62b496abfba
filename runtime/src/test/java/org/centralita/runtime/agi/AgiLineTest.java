package org.centralita.runtime.agi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.centralita.runtime.agi.simulator.TranscriptDirectory;
import org.junit.jupiter.api.Test;

/** Reading a reply's result and its text in parentheses, on every reply a real Asterisk sent. */
class AgiLineTest {

    private static final Pattern REPLY = Pattern.compile("\\] A> (\\d{3} .*)$");
    /** How a reader with regular expressions takes them: the reference the plain reading must agree with. */
    private static final Pattern RESULT = Pattern.compile("result=(\\S*)");
    private static final Pattern EXTRA = Pattern.compile("\\((.*)\\)");

    @Test
    void shouldReadEveryRecordedReplyAsTheReferencePatternsDo() throws IOException {
        List<String> replies = recordedReplies();
        assertThat(replies).hasSizeGreaterThan(100);
        for (String reply : replies) {
            assertThat(AgiLine.result(reply)).as(reply).isEqualTo(group(RESULT, reply));
            assertThat(AgiLine.extra(reply)).as(reply).isEqualTo(group(EXTRA, reply));
        }
    }

    @Test
    void shouldReadTheShapesAsteriskAnswersWith() {
        assertThat(AgiLine.result("200 result=49 endpos=12000")).isEqualTo("49");
        assertThat(AgiLine.result("200 result= (timeout)")).isEmpty();
        assertThat(AgiLine.extra("200 result= (timeout)")).isEqualTo("timeout");
        assertThat(AgiLine.result("200 result=1234 (timeout)")).isEqualTo("1234");
        assertThat(AgiLine.extra("200 result=1 (Joe (home))")).isEqualTo("Joe (home)");
        assertThat(AgiLine.result("200 result=-1")).isEqualTo("-1");
        assertThat(AgiLine.result("510 Invalid or unknown command")).isEmpty();
        assertThat(AgiLine.extra("200 result=0")).isEmpty();
        assertThat(AgiLine.extra("200 result=0 ) (")).isEmpty();
        assertThat(AgiLine.result((String) null)).isEmpty();
    }

    private static String group(Pattern pattern, String line) {
        Matcher m = pattern.matcher(line);
        return m.find() ? m.group(1) : "";
    }

    private static List<String> recordedReplies() throws IOException {
        List<String> replies = new ArrayList<>();
        try (Stream<Path> files = Files.list(TranscriptDirectory.locate())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                for (String line : Files.readAllLines(file)) {
                    Matcher m = REPLY.matcher(line);
                    if (m.find()) {
                        replies.add(m.group(1).replace("¶", ""));
                    }
                }
            }
        }
        return replies;
    }
}
