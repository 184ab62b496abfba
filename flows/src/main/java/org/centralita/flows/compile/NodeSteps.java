package org.centralita.flows.compile;

import java.util.Map;
import java.util.Optional;

/** The compile step of every node type, by the type's registry name. */
final class NodeSteps {

    private static final Map<String, NodeStep> STEPS = Map.ofEntries(
            Map.entry("play", new PlayStep()),
            Map.entry("menu", new MenuStep()),
            Map.entry("input", new InputStep()),
            Map.entry("set", new SetStep()),
            Map.entry("decision", new DecisionStep()),
            Map.entry("rules", new RulesStep()),
            Map.entry("crm", new CrmStep()),
            Map.entry("hours", new HoursStep()),
            Map.entry("queue", new QueueStep()),
            Map.entry("transfer", new TransferStep()),
            Map.entry("voicemail", new VoicemailStep()),
            Map.entry("record", new RecordStep()),
            Map.entry("callback", new CallbackStep()),
            Map.entry("language", new LanguageStep()),
            Map.entry("subflow", new SubflowStep()),
            Map.entry("return", new ReturnStep()),
            Map.entry("hangup", new HangupStep()));

    private NodeSteps() {
    }

    static Optional<NodeStep> forType(String typeName) {
        return Optional.ofNullable(STEPS.get(typeName));
    }

    static java.util.Set<String> typeNames() {
        return STEPS.keySet();
    }
}
