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
    public static String Properties_noSelection;
    public static String Properties_refused;
    public static String Properties_node;
    public static String Properties_id;
    public static String Properties_idHelp;
    public static String Properties_type;
    public static String Properties_unknownType;
    public static String Properties_description;
    public static String Properties_descriptionHelp;
    public static String Properties_fields;
    public static String Properties_complex;
    public static String Properties_default;
    public static String Properties_sharedPrompt;
    public static String Properties_segments;
    public static String Properties_tts;
    public static String Properties_recording;
    public static String Properties_ttsHint;
    public static String Properties_recordingHint;
    public static String Properties_key;
    public static String Properties_newKey;
    public static String Properties_newKeyHelp;
    public static String Properties_newName;
    public static String Properties_newValue;
    public static String Properties_nameAndValue;
    public static String Properties_required;
    public static String Properties_remove;
    public static String Properties_add;
    public static String Properties_outcomes;
    public static String Properties_option;
    public static String NewFlow_idMissing;
    public static String NewFlow_idBad;
    public static String NewFlow_languageBad;
    public static String NewFlow_exists;
    public static String NewFlow_title;
    public static String NewFlow_description;
    public static String NewFlow_id;
    public static String NewFlow_name;
    public static String NewFlow_language;
    public static String NewFlow_action;
    public static String NewFlow_failed;
    public static String RenameFlow_action;
    public static String RenameFlow_title;
    public static String RenameFlow_prompt;
    public static String RenameFlow_confirm;
    public static String RenameFlow_dirty;
    public static String RenameFlow_failed;
    public static String RenameFlow_unreadable;
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
