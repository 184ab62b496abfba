package org.centralita.runtime.reports;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.asteriskjava.manager.ManagerEventListener;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.QueueMemberAddedEvent;
import org.asteriskjava.manager.event.QueueMemberPausedEvent;
import org.asteriskjava.manager.event.QueueMemberRemovedEvent;
import org.asteriskjava.manager.event.QueueMemberStatusEvent;

/**
 * The agents' state now, as Asterisk tells it over AMI: each member's device state
 * ({@code QueueMemberStatus}: not in use, in use, ringing, on hold, unavailable ...), its pause
 * ({@code QueueMemberPause}) and its membership ({@code QueueMemberAdded}/{@code Removed}). The
 * wallboard counts the agents available, busy and paused from it while it knows any member.
 */
public final class AgentStates implements ManagerEventListener {

    /** Device states of app_queue (AST_DEVICE_*): in use, busy, ringing, ringing in use, on hold. */
    private static final List<Integer> BUSY = List.of(2, 3, 6, 7, 8);
    /** Not in use, or unknown (app_queue rings an unknown device). */
    private static final List<Integer> FREE = List.of(0, 1);

    private record Member(String agent, String queue) { }

    private record State(int status, boolean paused, boolean inCall) { }

    private final Map<Member, State> members = new ConcurrentHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    /** Tells {@code listener} of each change (the wallboard pushes). */
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    @Override
    public void onManagerEvent(ManagerEvent event) {
        boolean changed = true;
        if (event instanceof QueueMemberStatusEvent status && named(status.getMemberName(), status.getQueue())) {
            members.put(new Member(status.getMemberName(), status.getQueue()), new State(orZero(status.getStatus()),
                    Boolean.TRUE.equals(status.getPaused()), Integer.valueOf(1).equals(status.getIncall())));
        } else if (event instanceof QueueMemberAddedEvent added && named(added.getMemberName(), added.getQueue())) {
            members.put(new Member(added.getMemberName(), added.getQueue()), new State(orZero(added.getStatus()),
                    Boolean.TRUE.equals(added.getPaused()), "1".equals(added.getInCall())));
        } else if (event instanceof QueueMemberRemovedEvent removed && named(removed.getMemberName(), removed.getQueue())) {
            members.remove(new Member(removed.getMemberName(), removed.getQueue()));
        } else if (event instanceof QueueMemberPausedEvent pause && named(pause.getMemberName(), pause.getQueue())) {
            members.computeIfPresent(new Member(pause.getMemberName(), pause.getQueue()),
                    (member, state) -> new State(state.status(), Boolean.TRUE.equals(pause.getPaused()), state.inCall()));
        } else {
            changed = false;
        }
        if (changed) {
            listeners.forEach(Runnable::run);
        }
    }

    /** Whether Asterisk told of any member yet. */
    public boolean known() {
        return !members.isEmpty();
    }

    /**
     * The agents now, each counted once over its queues: busy when on a call or its device is in
     * use, ringing or on hold in any queue; else paused when paused in any; else available when
     * its device is free; an unavailable device (logged out phone) is logged in and none of these.
     */
    public WallboardSnapshot.AgentsNow now() {
        Map<String, long[]> agents = new TreeMap<>();
        members.forEach((member, state) -> {
            long[] flags = agents.computeIfAbsent(member.agent(), a -> new long[3]);
            flags[0] |= state.inCall() || BUSY.contains(state.status()) ? 1 : 0;
            flags[1] |= state.paused() ? 1 : 0;
            flags[2] |= FREE.contains(state.status()) ? 1 : 0;
        });
        long busy = agents.values().stream().filter(f -> f[0] == 1).count();
        long paused = agents.values().stream().filter(f -> f[0] == 0 && f[1] == 1).count();
        long available = agents.values().stream().filter(f -> f[0] == 0 && f[1] == 0 && f[2] == 1).count();
        return new WallboardSnapshot.AgentsNow(agents.size(), available, busy, paused);
    }

    private static boolean named(String agent, String queue) {
        return agent != null && queue != null;
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
