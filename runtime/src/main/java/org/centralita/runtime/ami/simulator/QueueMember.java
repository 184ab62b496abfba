package org.centralita.runtime.ami.simulator;

/**
 * A member (agent) of a simulated queue, as app_queue reports it.
 *
 * @param name the member's name ({@code MemberName})
 * @param location its interface ({@code PJSIP/ana})
 * @param status its device state
 * @param paused whether it is paused
 * @param inCall whether it is on a queue call now
 * @param callsTaken calls it took
 */
public record QueueMember(String name, String location, MemberStatus status, boolean paused, boolean inCall,
                          int callsTaken) {

    /** A logged-in, free, unpaused agent. */
    public static QueueMember free(String location) {
        return new QueueMember(location, location, MemberStatus.NOT_INUSE, false, false, 0);
    }

    /** Whether app_queue would ring this member now. */
    public boolean available() {
        return status.loggedIn() && status.free() && !paused && !inCall;
    }

    public QueueMember withStatus(MemberStatus newStatus, boolean nowInCall) {
        return new QueueMember(name, location, newStatus, paused, nowInCall, callsTaken);
    }

    public QueueMember withPaused(boolean nowPaused) {
        return new QueueMember(name, location, status, nowPaused, inCall, callsTaken);
    }

    /** The member as QueueStatus lists it (a QueueMember event: {@code Name}, {@code Location}). */
    AmiMessage listed(AmiMessage event, String queue) {
        return state(event.with("Queue", queue).with("Name", name).with("Location", location));
    }

    /** The member in QueueMemberAdded, QueueMemberStatus and QueueMemberPause events ({@code MemberName}, {@code Interface}). */
    AmiMessage changed(AmiMessage event, String queue) {
        return state(event.with("Queue", queue).with("MemberName", name).with("Interface", location))
                .with("Ringinuse", 0);
    }

    private AmiMessage state(AmiMessage event) {
        return event.with("StateInterface", location).with("Membership", "static").with("Penalty", 0).with("CallsTaken", callsTaken).with("LastCall", 0).with("LastPause", 0)
                .with("LoginTime", 0).with("InCall", inCall ? 1 : 0).with("Status", status.code())
                .with("Paused", paused ? 1 : 0).with("PausedReason", "").with("Wrapuptime", 0);
    }
}
