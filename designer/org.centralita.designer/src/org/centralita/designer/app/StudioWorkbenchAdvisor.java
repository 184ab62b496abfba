package org.centralita.designer.app;

import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** Opens Studio's one window on the flows perspective. */
public final class StudioWorkbenchAdvisor extends WorkbenchAdvisor {

    private final Runnable whenStarted;

    public StudioWorkbenchAdvisor() {
        this(() -> { });
    }

    /** An advisor that runs {@code whenStarted} once the window is open (tests wait for it). */
    public StudioWorkbenchAdvisor(Runnable whenStarted) {
        this.whenStarted = whenStarted;
    }

    @Override
    public void postStartup() {
        super.postStartup();
        whenStarted.run();
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return FlowsPerspective.ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new StudioWindowAdvisor(configurer);
    }
}
