package org.centralita.designer.runtime;

import javax.crypto.spec.PBEKeySpec;
import org.centralita.designer.Messages;
import org.eclipse.equinox.security.storage.provider.IPreferencesContainer;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.eclipse.equinox.security.storage.provider.PasswordProvider;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

/**
 * The master password of Studio's secure storage, asked of the analyst once per session (the
 * storage keeps it for the session): the admin token is encrypted with it. Never asks when the
 * storage was opened without prompting (tests give the password in advance instead).
 */
public final class MasterPasswordProvider extends PasswordProvider {

    @Override
    public PBEKeySpec getPassword(IPreferencesContainer container, int passwordType) {
        if (container.hasOption(IProviderHints.PROMPT_USER)
                && Boolean.FALSE.equals(container.getOption(IProviderHints.PROMPT_USER))) {
            return null;
        }
        if (!PlatformUI.isWorkbenchRunning()) {
            return null;
        }
        boolean creating = (passwordType & CREATE_NEW_PASSWORD) != 0;
        String[] answer = new String[1];
        Display display = PlatformUI.getWorkbench().getDisplay();
        display.syncExec(() -> {
            InputDialog dialog = new InputDialog(display.getActiveShell(), Messages.Password_title,
                    creating ? Messages.Password_new : Messages.Password_ask, "",
                    text -> text.isEmpty() ? Messages.Password_empty : null) {
                @Override
                protected int getInputTextStyle() {
                    return SWT.SINGLE | SWT.BORDER | SWT.PASSWORD;
                }

            };
            if (dialog.open() == Window.OK) {
                answer[0] = dialog.getValue();
            }
        });
        return answer[0] == null ? null : new PBEKeySpec(answer[0].toCharArray());
    }
}
