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
    public static String Menu_diagram;
    public static String Action_copy;
    public static String Action_paste;
    public static String Action_zoomIn;
    public static String Action_zoomOut;
    public static String Action_zoomFit;
    public static String Action_layout;
    public static String Find_action;
    public static String Find_title;
    public static String Find_question;
    public static String Find_none;
    public static String Subflow_title;
    public static String Subflow_missing;
    public static String Subflow_unopened;

    static {
        NLS.initializeMessages("org.centralita.designer.messages", Messages.class);
    }

    private Messages() {
    }
}
