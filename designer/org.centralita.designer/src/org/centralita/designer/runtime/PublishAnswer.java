package org.centralita.designer.runtime;

import java.util.List;

/**
 * What the runtime answered to a publish.
 *
 * @param accepted whether the flows were published (200)
 * @param lines one line per flow: {@code published bank-main version 4}, {@code unchanged ...}, the warnings
 * @param error the runtime's reason for refusing, or null
 * @param problems the refused files' problems as the runtime wrote them ({@code file:line:col: error: ...})
 */
public record PublishAnswer(boolean accepted, List<String> lines, String error, List<String> problems) {
}
