package org.centralita.flows.validate;

/** How bad a problem is: errors stop a flow from publishing, warnings do not. */
public enum Severity {
    ERROR, WARNING;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
