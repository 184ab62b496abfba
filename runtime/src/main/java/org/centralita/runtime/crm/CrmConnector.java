package org.centralita.runtime.crm;

/** A CRM the flows can call, by the name the configuration gives it. Thread-safe. */
public interface CrmConnector {

    /** Calls the CRM; never throws for a failure of the CRM (that is an {@code ERROR} reply). */
    CrmReply call(CrmRequest request);
}
