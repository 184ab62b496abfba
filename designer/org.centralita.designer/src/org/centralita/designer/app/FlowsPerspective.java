package org.centralita.designer.app;

import org.centralita.designer.views.FlowsExplorerView;
import org.centralita.designer.views.ProblemsView;
import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The analyst's layout: flows explorer left, editors centre, properties and problems below. */
public final class FlowsPerspective implements IPerspectiveFactory {

    /** The perspective's id in plugin.xml. */
    public static final String ID = "org.centralita.designer.perspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.addView(FlowsExplorerView.ID, IPageLayout.LEFT, 0.2f, editors);
        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.72f, editors);
        bottom.addView(ProblemsView.ID);
        bottom.addView(org.centralita.designer.testcall.TestCallView.ID);
        bottom.addView(IPageLayout.ID_PROP_SHEET);
        layout.addView(IPageLayout.ID_OUTLINE, IPageLayout.RIGHT, 0.8f, editors);
    }
}
