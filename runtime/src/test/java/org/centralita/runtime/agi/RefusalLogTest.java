package org.centralita.runtime.agi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class RefusalLogTest {

    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(RefusalLog.class);

    @BeforeEach
    void capture() {
        lines.start();
        logger.addAppender(lines);
    }

    @AfterEach
    void release() {
        logger.detachAppender(lines);
    }

    @Test
    void shouldLogAFloodOfClosedConnectionsAsOneLineAndThenTheirCount() {
        // given
        RefusalLog log = new RefusalLog(Duration.ofMillis(200));

        // when 500 silent connections are closed at once
        for (int i = 0; i < 500; i++) {
            log.closed("127.0.0.1", "0 bytes, 0 lines", "no whole AGI header within 5000 ms (agi.header-timeout)");
        }

        // then one line tells the first
        assertThat(lines.list).extracting(ILoggingEvent::getFormattedMessage).containsExactly(
                "closed a FastAGI connection from 127.0.0.1 (0 bytes, 0 lines): no whole AGI header within 5000 ms"
                        + " (agi.header-timeout)");
        // and the next line, an interval later, tells how many were not logged one by one
        await().atMost(Duration.ofSeconds(5)).until(() -> {
            log.closed("127.0.0.1", "9000 bytes, 1 lines", "refused: a header line longer than 8192 bytes");
            return lines.list.size() == 2;
        });
        assertThat(lines.list.get(1).getFormattedMessage())
                .startsWith("closed a FastAGI connection from 127.0.0.1 (9000 bytes, 1 lines): refused: a header line"
                        + " longer than 8192 bytes (and ")
                .matches(".*\\(and (\\d{3,}) more closed since the last such line\\)");
    }
}
