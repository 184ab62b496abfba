package org.centralita.runtime.ami.simulator;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * One app_queue queue of the simulated Asterisk: its members and waiting callers. Every change
 * sends the event Asterisk sends for it (QueueCallerJoin, QueueCallerLeave, QueueMemberAdded,
 * QueueMemberStatus, QueueMemberPause) to the logged-in manager sessions. Thread-safe.
 */
public final class SimulatedQueue {

    private static final AtomicInteger UNIQUE = new AtomicInteger(1);

    private final String name;
    private final Clock clock;
    private final Consumer<AmiMessage> events;
    private final Map<String, QueueMember> members = new LinkedHashMap<>();
    private final List<QueueCaller> callers = new ArrayList<>();
    private int holdtime;
    private int talktime;
    private int completed;
    private int abandoned;

    SimulatedQueue(String name, Clock clock, Consumer<AmiMessage> events) {
        this.name = name;
        this.clock = clock;
        this.events = events;
    }

    public String name() {
        return name;
    }

    /** Sets the averages app_queue keeps (seconds). */
    public synchronized SimulatedQueue holdtime(int seconds, int talkSeconds) {
        holdtime = seconds;
        talktime = talkSeconds;
        return this;
    }

    /** Adds (or replaces) a member. */
    public SimulatedQueue member(QueueMember member) {
        synchronized (this) {
            members.put(member.location(), member);
        }
        events.accept(member.changed(event("QueueMemberAdded"), name));
        return this;
    }

    /** A member's device state changes (an agent's phone rings, is answered, hangs up). */
    public SimulatedQueue status(String location, MemberStatus status, boolean inCall) {
        return change(location, m -> m.withStatus(status, inCall), "QueueMemberStatus");
    }

    /** A member pauses or comes back. */
    public SimulatedQueue pause(String location, boolean paused) {
        return change(location, m -> m.withPaused(paused), "QueueMemberPause");
    }

    /** A caller joins the queue, having waited {@code waited} already. */
    public SimulatedQueue caller(String callerId, Duration waited) {
        QueueCaller caller = new QueueCaller("PJSIP/" + callerId + "-" + String.format("%08x", UNIQUE.get()),
                callerId, "1700000000." + UNIQUE.getAndIncrement(), clock.instant().minus(waited));
        int position;
        synchronized (this) {
            callers.add(caller);
            position = callers.size();
        }
        events.accept(caller.changed(event("QueueCallerJoin"), name, position, position));
        return this;
    }

    /** The first caller in line leaves (answered, or hung up). */
    public SimulatedQueue callerLeaves(boolean answered) {
        QueueCaller caller;
        int count;
        synchronized (this) {
            if (callers.isEmpty()) {
                return this;
            }
            caller = callers.remove(0);
            count = callers.size();
            if (answered) {
                completed++;
            } else {
                abandoned++;
            }
        }
        events.accept(caller.changed(event(answered ? "QueueCallerLeave" : "QueueCallerAbandon"), name, 1, count));
        return this;
    }

    private SimulatedQueue change(String location, java.util.function.UnaryOperator<QueueMember> how, String event) {
        QueueMember changed;
        synchronized (this) {
            QueueMember member = members.get(location);
            if (member == null) {
                throw new IllegalArgumentException("queue '" + name + "' has no member " + location);
            }
            changed = how.apply(member);
            members.put(location, changed);
        }
        events.accept(changed.changed(event(event), name));
        return this;
    }

    private static AmiMessage event(String name) {
        return AmiMessage.of("Event", name).with("Privilege", "agent,all");
    }

    /** The events QueueStatus lists for this queue: QueueParams, then its members, then its callers. */
    synchronized List<AmiMessage> status(String actionId) {
        List<AmiMessage> list = new ArrayList<>();
        list.add(AmiMessage.of("Event", "QueueParams").with("Queue", name).with("Max", 0).with("Strategy", "ringall")
                .with("Calls", callers.size()).with("Holdtime", holdtime).with("TalkTime", talktime)
                .with("Completed", completed).with("Abandoned", abandoned).with("ServiceLevel", 60)
                .with("ServicelevelPerf", "0.0").with("ServicelevelPerf2", "0.0").with("Weight", 0)
                .with("ActionID", actionId));
        members.values().forEach(m -> list.add(m.listed(AmiMessage.of("Event", "QueueMember"), name)
                .with("ActionID", actionId)));
        for (int i = 0; i < callers.size(); i++) {
            list.add(callers.get(i).listed(AmiMessage.of("Event", "QueueEntry"), name, i + 1, clock.instant())
                    .with("ActionID", actionId));
        }
        return list;
    }

    /** The QueueSummary event for this queue, counted as app_queue counts. */
    synchronized AmiMessage summary(String actionId) {
        long loggedIn = members.values().stream().filter(m -> m.status().loggedIn()).count();
        long available = members.values().stream().filter(QueueMember::available).count();
        long longest = callers.stream().mapToLong(c -> c.waitSeconds(clock.instant())).max().orElse(0);
        return AmiMessage.of("Event", "QueueSummary").with("Queue", name).with("LoggedIn", loggedIn)
                .with("Available", available).with("Callers", callers.size()).with("HoldTime", holdtime)
                .with("TalkTime", talktime).with("LongestHoldTime", longest).with("ActionID", actionId);
    }
}
