package org.centralita.designer.editor;

import org.eclipse.draw2d.PositionConstants;
import org.eclipse.gef.ui.palette.FlyoutPaletteComposite;
import org.eclipse.gef.ui.palette.FlyoutPaletteComposite.FlyoutPreferences;

/** Where the palette sits and how wide it is, kept for the session (open, on the left). */
final class PaletteSettings implements FlyoutPreferences {

    private int dock = PositionConstants.WEST;
    private int state = FlyoutPaletteComposite.STATE_PINNED_OPEN;
    private int width = 150;

    @Override
    public int getDockLocation() {
        return dock;
    }

    @Override
    public int getPaletteState() {
        return state;
    }

    @Override
    public int getPaletteWidth() {
        return width;
    }

    @Override
    public void setDockLocation(int location) {
        dock = location;
    }

    @Override
    public void setPaletteState(int newState) {
        state = newState;
    }

    @Override
    public void setPaletteWidth(int newWidth) {
        width = newWidth;
    }
}
