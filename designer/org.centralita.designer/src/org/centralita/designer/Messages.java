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
    public static String Problems_noHome;
    public static String Problems_noLauncher;
    public static String Problems_runtimeFailed;
    public static String Problems_checking;
    public static String Save_danglingTitle;
    public static String Save_danglingQuestion;
    public static String Save_anyway;
    public static String Save_cancel;

    static {
        NLS.initializeMessages("org.centralita.designer.messages", Messages.class);
    }

    private Messages() {
    }
}
