package org.centralita.runtime.agi.simulator;

import java.util.ArrayList;
import java.util.List;

/**
 * The agi_* block Asterisk 22 sends first on a FastAGI connection, in its order: agi_network,
 * agi_network_script only when the URL has a path, agi_request (the URL without arguments),
 * the channel fields, agi_arg_N for the arguments that exist, then a blank line.
 */
final class AgiHeader {
    static final String VERSION = "22.10.1";

    private AgiHeader() {
    }

    static List<String> lines(ChannelSetup setup, ChannelState channel, String threadId) {
        List<String> args = splitApplicationData(setup.agiData);
        String url = args.isEmpty() ? "" : args.get(0);
        List<String> lines = new ArrayList<>();
        lines.add("agi_network: yes");
        scriptOf(url).ifPresent(script -> lines.add("agi_network_script: " + script));
        lines.add("agi_request: " + url);
        lines.add("agi_channel: " + channel.name());
        lines.add("agi_language: " + channel.language());
        lines.add("agi_type: " + setup.type);
        lines.add("agi_uniqueid: " + channel.uniqueId());
        lines.add("agi_version: " + VERSION);
        lines.add("agi_callerid: " + orUnknown(channel.callerIdNum()));
        lines.add("agi_calleridname: " + orUnknown(channel.callerIdName()));
        lines.add("agi_callingpres: 0");
        lines.add("agi_callingani2: 0");
        lines.add("agi_callington: 0");
        lines.add("agi_callingtns: 0");
        lines.add("agi_dnid: " + (setup.dnid == null ? "unknown" : setup.dnid));
        lines.add("agi_rdnis: unknown");
        lines.add("agi_context: " + setup.context);
        lines.add("agi_extension: " + setup.extension);
        lines.add("agi_priority: " + setup.priority);
        lines.add("agi_enhanced: 0.0");
        lines.add("agi_accountcode: " + setup.accountCode);
        lines.add("agi_threadid: " + threadId);
        for (int i = 1; i < args.size(); i++) {
            lines.add("agi_arg_" + i + ": " + args.get(i));
        }
        lines.add("");
        return lines;
    }

    private static String orUnknown(String value) {
        return value == null || value.isEmpty() ? "unknown" : value;
    }

    /** The path and query after {@code agi://host[:port]/}, when there is one. */
    static java.util.Optional<String> scriptOf(String url) {
        int scheme = url.indexOf("://");
        int slash = url.indexOf('/', scheme < 0 ? 0 : scheme + 3);
        if (slash < 0 || slash == url.length() - 1) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(url.substring(slash + 1));
    }

    /** Splits application data on commas as the dialplan does: double quotes group and go. */
    static List<String> splitApplicationData(String data) {
        List<String> args = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < data.length(); i++) {
            char c = data.charAt(i);
            if (c == '\\' && i + 1 < data.length()) {
                current.append(data.charAt(++i));
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                args.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        args.add(current.toString());
        return args;
    }
}
