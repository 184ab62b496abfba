package org.centralita.designer;

import org.eclipse.osgi.util.NLS;

/** The user-facing strings of Studio (messages.properties), one place to translate them. */
public final class Messages extends NLS {

    public static String Window_title;
    public static String Menu_file;
    public static String Menu_edit;
    public static String Reload_title;
    public static String Reload_question;
    public static String Reload_unreadable;
    public static String TextEditor_problems;
    public static String TextEditor_saveFailed;
    public static String Palette_tools;
    public static String Palette_connect;
    public static String Palette_connectHelp;
    public static String Palette_nodes;
    public static String Explorer_flows;
    public static String Explorer_calendars;
    public static String Explorer_rules;
    public static String Explorer_recordings;
    public static String Problems_severity;
    public static String Problems_message;
    public static String Problems_node;
    public static String Problems_where;
    public static String Menu_runtime;
    public static String Menu_publish;
    public static String Menu_versions;
    public static String Menu_showCalls;
    public static String Menu_settings;
    public static String Password_title;
    public static String Password_new;
    public static String Password_ask;
    public static String Password_empty;
    public static String Runtime_problem;
    public static String Runtime_noStorage;
    public static String Runtime_noToken;
    public static String Runtime_badUrl;
    public static String Runtime_unreachable;
    public static String Runtime_failed;
    public static String Runtime_badToken;
    public static String Runtime_answered;
    public static String Publish_published;
    public static String Publish_unchanged;
    public static String Publish_refusedHere;
    public static String Publish_running;
    public static String Publish_job;
    public static String Publish_unreadable;
    public static String Publish_done;
    public static String Publish_refusedThere;
    public static String Versions_job;
    public static String Versions_read;
    public static String Rollback_job;
    public static String Rollback_done;
    public static String RuntimeView_idle;
    public static String RuntimeView_flow;
    public static String RuntimeView_version;
    public static String RuntimeView_publishedAt;
    public static String RuntimeView_publishedBy;
    public static String RuntimeView_active;
    public static String RuntimeView_refresh;
    public static String RuntimeView_rollback;
    public static String Settings_description;
    public static String Settings_url;
    public static String Settings_token;
    public static String Settings_help;
    public static String Settings_notSaved;
    public static String Overlay_node;
    public static String Overlay_nodeHigh;
    public static String Overlay_nodeTip;
    public static String Overlay_wire;
    public static String Overlay_wireShared;
    public static String Overlay_wireTip;
    public static String Overlay_reading;
    public static String Overlay_job;
    public static String Overlay_shown;
    public static String Overlay_noFlow;
    public static String Period_title;
    public static String Period_choice;
    public static String Period_lastDay;
    public static String Period_lastDays;
    public static String Period_between;
    public static String Period_custom;
    public static String Period_from;
    public static String Period_to;
    public static String Period_help;

    static {
        NLS.initializeMessages("org.centralita.designer.messages", Messages.class);
    }

    private Messages() {
    }
}
