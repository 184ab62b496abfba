package org.centralita.runtime.agi.simulator;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One simulated channel: state (4 ringing, 6 up), whether it has hung up and why, its
 * variables, the few dialplan functions the AGI commands touch (QUEUE_WAITING_COUNT reads the
 * setup's queues), and the sticky failure that turns AGISTATUS into FAILURE.
 */
final class ChannelState {
    static final int STATE_RING = 4;
    static final int STATE_UP = 6;
    private static final Pattern FUNCTION = Pattern.compile("([A-Za-z_]+)\\((.*)\\)");

    private final String name;
    private final String uniqueId;
    private String language;
    private String callerIdNum;
    private String callerIdName;
    private String accountCode;
    private int state;
    private boolean dead;
    private Integer hangupCause;
    private boolean stickyFailure;
    private final Map<String, String> variables = new ConcurrentHashMap<>();
    private final Map<String, PbxTarget> queues;

    ChannelState(String name, String uniqueId, ChannelSetup setup) {
        this.name = name;
        this.uniqueId = uniqueId;
        this.language = setup.language;
        this.callerIdNum = setup.callerIdNum;
        this.callerIdName = setup.callerIdName;
        this.accountCode = setup.accountCode;
        this.state = setup.answered ? STATE_UP : STATE_RING;
        variables.putAll(setup.variables);
        this.queues = setup.queues;
        if (setup.deadAtStart) {
            dead = true;
            hangupCause = 16;
        }
    }

    /** A bare channel (the caller's ;1 leg) that only answers variable look-ups. */
    static ChannelState peer(String name) {
        return new ChannelState(name, "", new ChannelSetup().callerId("", "").answered(true));
    }

    String name() {
        return name;
    }

    String uniqueId() {
        return uniqueId;
    }

    String language() {
        return language;
    }

    String callerIdNum() {
        return callerIdNum;
    }

    String callerIdName() {
        return callerIdName;
    }

    int state() {
        return state;
    }

    void answer() {
        state = STATE_UP;
    }

    boolean isDead() {
        return dead;
    }

    void hangUp(int cause) {
        dead = true;
        hangupCause = cause;
    }

    boolean stickyFailure() {
        return stickyFailure;
    }

    void markFailure() {
        stickyFailure = true;
    }

    boolean flag(String variable, String value) {
        return value.equalsIgnoreCase(variables.getOrDefault(variable, ""));
    }

    /** A variable or a function such as {@code CALLERID(num)}; {@code null} when unset. */
    String get(String key) {
        Matcher function = FUNCTION.matcher(key);
        if (function.matches()) {
            return function(function.group(1).toUpperCase(Locale.ROOT), function.group(2));
        }
        return switch (key) {
            case "CHANNEL" -> name;
            case "UNIQUEID" -> uniqueId;
            case "EPOCH" -> Long.toString(System.currentTimeMillis() / 1000);
            case "HANGUPCAUSE" -> hangupCause == null ? variables.get(key) : hangupCause.toString();
            default -> variables.get(key);
        };
    }

    private String function(String function, String argument) {
        String arg = argument.toLowerCase(Locale.ROOT);
        return switch (function) {
            case "CALLERID" -> switch (arg) {
                case "num", "number" -> callerIdNum;
                case "name" -> callerIdName;
                case "all" -> "\"" + callerIdName + "\" <" + callerIdNum + ">";
                default -> "";
            };
            case "CHANNEL" -> switch (arg) {
                case "language" -> language;
                case "accountcode" -> accountCode;
                case "name" -> name;
                default -> "";
            };
            case "LEN" -> Integer.toString(argument.length());
            case "QUEUE_WAITING_COUNT" -> waitingCount(argument);
            default -> "";
        };
    }

    /**
     * app_queue's QUEUE_WAITING_COUNT: the callers waiting in the queue (names compared without
     * case, as app_queue does), 0 for an unknown queue; no queue name makes the function fail,
     * which leaves the expression empty.
     */
    private String waitingCount(String queue) {
        if (queue.isEmpty()) {
            return "";
        }
        for (Map.Entry<String, PbxTarget> entry : queues.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(queue)) {
                return Integer.toString(entry.getValue().waiting());
            }
        }
        return "0";
    }

    /** A copy of the channel's variables (what the dialplan sees after AGI()). */
    Map<String, String> variables() {
        return Map.copyOf(variables);
    }

    void set(String key, String value) {
        Matcher function = FUNCTION.matcher(key);
        if (function.matches()) {
            String fn = function.group(1).toUpperCase(Locale.ROOT);
            String arg = function.group(2).toLowerCase(Locale.ROOT);
            if (fn.equals("CALLERID") && arg.equals("name")) {
                callerIdName = value;
            } else if (fn.equals("CALLERID") && arg.startsWith("num")) {
                callerIdNum = value;
            } else if (fn.equals("CHANNEL") && arg.equals("language")) {
                language = value;
            } else if (fn.equals("CHANNEL") && arg.equals("accountcode")) {
                accountCode = value;
            }
            return;
        }
        variables.put(key, value);
    }

    /** Substitutes every {@code ${...}} in an expression (GET FULL VARIABLE). */
    String substitute(String expression) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < expression.length()) {
            int start = expression.indexOf("${", i);
            if (start < 0) {
                out.append(expression, i, expression.length());
                break;
            }
            out.append(expression, i, start);
            int end = matchingBrace(expression, start + 2);
            if (end < 0) {
                out.append(expression.substring(start));
                break;
            }
            String value = get(substitute(expression.substring(start + 2, end)));
            out.append(value == null ? "" : value);
            i = end + 1;
        }
        return out.toString();
    }

    private static int matchingBrace(String text, int from) {
        int depth = 1;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
