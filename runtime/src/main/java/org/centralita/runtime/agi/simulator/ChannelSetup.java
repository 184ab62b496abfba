package org.centralita.runtime.agi.simulator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The channel and the little PBX around it that one simulated call runs on: what the dialplan
 * called (the data of {@code AGI()}), the channel's identity and state, its variables, the
 * sounds, queues and Dial targets it can reach. Fluent setters; every field has a default
 * matching the recorded transcripts (an unanswered Local channel from "AGI Tester" 5551234).
 */
public final class ChannelSetup {
    String agiData = "agi://127.0.0.1:4573/flow";
    String channelName;
    String uniqueId;
    String threadId;
    String language = "en";
    String type = "Local";
    String callerIdNum = "5551234";
    String callerIdName = "AGI Tester";
    String dnid;
    String context = "agi-test";
    String extension = "run";
    int priority = 3;
    String accountCode = "";
    boolean answered;
    boolean deadAtStart;
    boolean callerSendsMedia;
    final Map<String, String> variables = new LinkedHashMap<>();
    SoundLibrary sounds = SoundLibrary.coreSounds();
    final Map<String, PbxTarget> queues = new HashMap<>();
    final Map<String, PbxTarget> dialTargets = new HashMap<>();
    final List<String> writableDirectories = new ArrayList<>(List.of("/var/spool/asterisk/", "/tmp/"));

    /** The data of the dialplan's {@code AGI()} call: URL, then comma-separated arguments. */
    public ChannelSetup agi(String data) {
        this.agiData = data;
        return this;
    }

    /** A fixed channel name; by default one like {@code Local/run@agi-test-0000002a;2}. */
    public ChannelSetup channelName(String name) {
        this.channelName = name;
        return this;
    }

    public ChannelSetup uniqueId(String id) {
        this.uniqueId = id;
        return this;
    }

    public ChannelSetup language(String tag) {
        this.language = tag;
        return this;
    }

    public ChannelSetup callerId(String number, String name) {
        this.callerIdNum = number;
        this.callerIdName = name;
        return this;
    }

    /** The number the caller dialled ({@code agi_dnid}); unknown by default. */
    public ChannelSetup dnid(String number) {
        this.dnid = number;
        return this;
    }

    public ChannelSetup dialplan(String context, String extension, int priority) {
        this.context = context;
        this.extension = extension;
        this.priority = priority;
        return this;
    }

    public ChannelSetup accountCode(String code) {
        this.accountCode = code;
        return this;
    }

    /** Whether the dialplan answered before AGI() (CHANNEL STATUS 6 instead of 4). */
    public ChannelSetup answered(boolean answered) {
        this.answered = answered;
        return this;
    }

    /** AGI() runs on a channel that has already hung up (from the h extension). */
    public ChannelSetup deadAtStart(boolean dead) {
        this.deadAtStart = dead;
        return this;
    }

    /** Whether the caller sends audio frames (a playing caller) or none (a Wait() caller). */
    public ChannelSetup callerSendsMedia(boolean media) {
        this.callerSendsMedia = media;
        return this;
    }

    /** A channel variable set before AGI() (including AGISIGHUP and AGIEXITONHANGUP). */
    public ChannelSetup variable(String name, String value) {
        variables.put(name, value);
        return this;
    }

    public ChannelSetup sounds(SoundLibrary library) {
        this.sounds = library;
        return this;
    }

    public ChannelSetup queue(String name, PbxTarget behaviour) {
        queues.put(name, behaviour);
        return this;
    }

    public ChannelSetup dialTarget(String target, PbxTarget behaviour) {
        dialTargets.put(target, behaviour);
        return this;
    }

    /** A directory prefix RECORD FILE may write to (others fail with "(writefile)"). */
    public ChannelSetup writableDirectory(String prefix) {
        writableDirectories.add(prefix);
        return this;
    }
}
