package org.centralita.runtime.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a realistic 1,001-node flow for the publish benchmark: 100 groups of a menu, an input,
 * a set, a decision, four plays (prompt keys, text by language, templates, segments), an hours
 * node on a shared calendar and a queue, each group leading to the next, and a final hang-up.
 */
final class LargeFlowWriter {

    static final int GROUPS = 100;

    private LargeFlowWriter() {
    }

    /** Writes {@code big.flow.yaml} and {@code calendars/office.yaml} into {@code dir}. */
    static Path write(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("calendars"));
        Files.writeString(dir.resolve("calendars/office.yaml"), """
                timezone: Europe/Madrid
                weekly:
                  mon-fri: ["08:00-20:00"]
                  sat: ["09:00-14:00"]
                holidays:
                  - 2026-12-25
                  - {from: 2026-12-31T14:00, to: 2027-01-01T23:59, name: New Year}
                """);
        StringBuilder flow = new StringBuilder("""
                centralita: 1
                id: big
                languages: [en-US, es-ES]
                start: m0
                on-error: bye
                defaults: {timeout: 4s, retries: 3}
                variables:
                  account: {type: digits}
                  balance: {type: number, default: 0}
                  vip: {type: boolean, default: false}
                  note: {type: text}
                prompts:
                  menu: {en-US: "For balances press 1, for opening hours press 2.", es-ES: "Para saldos pulse 1, para horarios pulse 2."}
                  closed: {en-US: We are closed., es-ES: Estamos cerrados.}
                nodes:
                """);
        for (int i = 0; i < GROUPS; i++) {
            flow.append(group(i, i + 1 < GROUPS ? "m" + (i + 1) : "bye"));
        }
        flow.append("  bye: {type: hangup, prompt: {en-US: Goodbye., es-ES: Adiós.}}\n");
        return Files.writeString(dir.resolve("big.flow.yaml"), flow);
    }

    private static String group(int i, String next) {
        return """
                  m%1$d:
                    type: menu
                    prompt: menu
                    options:
                      "1": {say: [balance, my balance], next: in%1$d}
                      "2": {say: [hours], next: h%1$d}
                    no-match-prompt: {en-US: Sorry., es-ES: Perdón.}
                    max-retries: bye
                  in%1$d: {type: input, prompt: {en-US: "Your account number?", es-ES: "¿Su número de cuenta?"},
                          max-digits: 8, valid: size(value) == 8, store: account, next: s%1$d, max-retries: bye}
                  s%1$d: {type: set, assign: {balance: balance + %1$d, note: "'group %1$d ' + account"}, next: d%1$d}
                  d%1$d:
                    type: decision
                    branches:
                      - {when: balance > 1000 && vip, next: pa%1$d}
                      - {when: size(account) == 8, next: pb%1$d}
                    else: pc%1$d
                  pa%1$d: {type: play, prompt: {en-US: "Welcome back ${note}.", es-ES: "Bienvenido ${note}."}, next: h%1$d}
                  pb%1$d: {type: play, prompt: [{text: Your balance is}, {say-money: balance, currency: EUR}, {pause: 300ms}], next: h%1$d}
                  pc%1$d: {type: play, prompt: closed, next: h%1$d}
                  h%1$d: {type: hours, calendar: office, open: q%1$d, closed: pd%1$d}
                  pd%1$d: {type: play, prompt: {en-US: "Call again, ${account}.", es-ES: "Llame otra vez, ${account}."}, next: %2$s}
                  q%1$d: {type: queue, queue: retail, context: {account: account}, overflow: %2$s}
                """.formatted(i, next);
    }
}
