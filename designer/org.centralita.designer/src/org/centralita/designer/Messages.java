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
    public static String TestCall_noFlow;
    public static String TestCall_flow;
    public static String TestCall_noHome;
    public static String TestCall_notBuilt;
    public static String TestCall_startGroup;
    public static String TestCall_at;
    public static String TestCall_atHint;
    public static String TestCall_ani;
    public static String TestCall_aniHint;
    public static String TestCall_stepMode;
    public static String TestCall_speak;
    public static String TestCall_start;
    public static String TestCall_stop;
    public static String TestCall_step;
    public static String TestCall_continue;
    public static String TestCall_keypad;
    public static String TestCall_keysHint;
    public static String TestCall_send;
    public static String TestCall_words;
    public static String TestCall_wordsHint;
    public static String TestCall_say;
    public static String TestCall_silence;
    public static String TestCall_hangup;
    public static String TestCall_transcript;
    public static String TestCall_variables;
    public static String TestCall_variable;
    public static String TestCall_value;
    public static String TestCall_saved;
    public static String TestCall_savedName;
    public static String TestCall_savedResult;
    public static String TestCall_nameHint;
    public static String TestCall_saveAsTest;
    public static String TestCall_runAll;
    public static String TestCall_cannotStart;
    public static String TestCall_started;
    public static String TestCall_unsaved;
    public static String TestCall_callStarted;
    public static String TestCall_noInput;
    public static String TestCall_noMatch;
    public static String TestCall_waitingKeys;
    public static String TestCall_waitingWords;
    public static String TestCall_pausedBreak;
    public static String TestCall_pausedStep;
    public static String TestCall_hungUp;
    public static String TestCall_ended;
    public static String TestCall_failed;
    public static String TestCall_notRun;
    public static String TestCall_noCommas;
    public static String TestCall_nothingToSave;
    public static String TestCall_defaultName;
    public static String TestCall_savedAs;
    public static String TestCall_nameTaken;
    public static String TestCall_cannotSave;
    public static String TestCall_noSavedCalls;
    public static String TestCall_running;
    public static String TestCall_runningAll;
    public static String TestCall_passed;
    public static String TestCall_failedCall;
    public static String TestCall_results;
    public static String TestCall_toggleBreakpoint;

    static {
        NLS.initializeMessages("org.centralita.designer.messages", Messages.class);
    }

    private Messages() {
    }
}
