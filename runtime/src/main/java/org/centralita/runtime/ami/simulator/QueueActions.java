package org.centralita.runtime.ami.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The actions of the simulated Asterisk beyond logging in: Ping, CoreSettings, Command
 * ({@code core show version}), QueueStatus and QueueSummary, answered as Asterisk 22 answers them
 * (a list action: a Success response with {@code EventList: start}, its events with the action's
 * id, then a {@code ...Complete} event with {@code ListItems}).
 */
final class QueueActions {

    private static final String VERSION = "22.0.0";

    private QueueActions() {
    }

    /** The messages answering {@code name}, or empty for an action the simulation does not know. */
    static Optional<List<AmiMessage>> answer(String name, AmiMessage action, String id, SimulatedAmi server) {
        return switch (name) {
            case "ping" -> Optional.of(List.of(success(id).with("Ping", "Pong")
                    .with("Timestamp", System.currentTimeMillis() / 1000 + ".000000")));
            case "coresettings" -> Optional.of(List.of(success(id).with("AMIversion", "11.0.0")
                    .with("AsteriskVersion", VERSION).with("SystemName", "").with("CoreMaxCalls", 0)
                    .with("CoreMaxLoadAvg", "0.000000").with("CoreRunUser", "asterisk")
                    .with("CoreRunGroup", "asterisk").with("CoreMaxFilehandles", 0)
                    .with("CoreRealTimeEnabled", "No").with("CoreCDRenabled", "Yes").with("CoreHTTPenabled", "No")));
            case "command" -> Optional.of(List.of(command(action, id)));
            case "queuestatus" -> Optional.of(list(id, "Queue status will follow", "QueueStatusComplete",
                    queues(action, server).stream().flatMap(q -> q.status(id).stream()).toList()));
            case "queuesummary" -> Optional.of(list(id, "Queue summary will follow", "QueueSummaryComplete",
                    queues(action, server).stream().map(q -> q.summary(id)).toList()));
            default -> Optional.empty();
        };
    }

    private static AmiMessage success(String id) {
        return AmiMessage.of("Response", "Success").with("ActionID", id);
    }

    private static AmiMessage command(AmiMessage action, String id) {
        if (!action.get("Command", "").trim().equals("core show version")) {
            return AmiSession.error(id, "Command output follows").with("Output", "No such command '"
                    + action.get("Command", "") + "' (type 'core show help " + action.get("Command", "") + "' for other possible commands)");
        }
        return success(id).with("Message", "Command output follows")
                .with("Output", "Asterisk " + VERSION + " built by root @ simulator on a x86_64 running Linux");
    }

    private static List<SimulatedQueue> queues(AmiMessage action, SimulatedAmi server) {
        Optional<String> only = action.get("Queue").filter(q -> !q.isBlank());
        return server.queues().stream().filter(q -> only.isEmpty() || only.get().equals(q.name())).toList();
    }

    private static List<AmiMessage> list(String id, String message, String complete, List<AmiMessage> events) {
        List<AmiMessage> all = new ArrayList<>();
        all.add(success(id).with("EventList", "start").with("Message", message));
        all.addAll(events);
        all.add(AmiMessage.of("Event", complete).with("ActionID", id).with("EventList", "Complete")
                .with("ListItems", events.size()));
        return all;
    }
}
