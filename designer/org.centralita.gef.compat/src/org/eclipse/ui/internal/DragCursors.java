package org.eclipse.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Cursor;
import org.eclipse.swt.widgets.Display;

/**
 * The cursor GEF 3.2's flyout palette shows while its sash is dragged; the workbench removed this
 * internal class, the system's move cursor stands in for it.
 */
public final class DragCursors {

    private DragCursors() {
    }

    public static Cursor getCursor(int which) {
        return Display.getCurrent().getSystemCursor(SWT.CURSOR_SIZEALL);
    }
}
