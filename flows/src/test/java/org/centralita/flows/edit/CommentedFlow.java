package org.centralita.flows.edit;

import java.nio.file.Path;
import org.centralita.flows.yaml.FlowReadException;

/** A small flow full of comments, the way analysts annotate flows in git. */
final class CommentedFlow {

    static final String TEXT = """
            # Sales line: written by hand, then edited in the designer.
            centralita: 1
            id: sales
            start: greet   # the first node
            on-error: sorry

            nodes:
              # Everyone hears this first.
              greet:
                type: play
                prompt: Welcome to sales.   # keep it short
                next: main-menu

              main-menu:
                type: menu
                prompt: For offers press 1. For orders press 2.
                options:
                  "1": {say: [offers], next: offers}   # the busiest option
                  "2": {say: [orders], next: orders}
                max-retries: sorry

              offers:
                type: play
                prompt: Our offers change every week.
                next: main-menu

              orders:
                type: queue
                queue: orders   # the ACD queue
                overflow: sorry

              check-stock:
                type: decision
                branches:
                  - {when: 'call.ani == "1"', next: orders}   # staff test line
                else: sorry

              sorry:
                type: hangup
                prompt: Sorry, goodbye.
            # Layout below is the designer's.
            layout:
              greet:      {x: 40, y: 40}
              main-menu:  {x: 240, y: 40}   # centre
              offers:     {x: 440, y: 40}
              orders:     {x: 440, y: 140}
              sorry:      {x: 240, y: 240}
            # End of file.
            """;

    private CommentedFlow() {
    }

    static FlowDocument open() {
        return open(TEXT);
    }

    static FlowDocument open(String text) {
        try {
            return FlowDocument.of(Path.of("flows/sales.flow.yaml"), text);
        } catch (FlowReadException e) {
            throw new IllegalStateException(e.describe(), e);
        }
    }

    /** The comment lines and trailing comments of {@code text}, in order. */
    static java.util.List<String> comments(String text) {
        return text.lines().filter(l -> l.contains("#") && !l.contains("\"#\""))
                .map(l -> l.substring(l.indexOf('#'))).toList();
    }
}
