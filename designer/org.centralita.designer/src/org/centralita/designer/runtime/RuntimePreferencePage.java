package org.centralita.designer.runtime;

import org.centralita.designer.Messages;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** Preferences > Runtime: the admin URL of the runtime to publish to, and its token (kept in secure storage). */
public final class RuntimePreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

    /** The page's id in plugin.xml. */
    public static final String ID = "org.centralita.designer.preferences.runtime";

    private Text url;
    private Text token;

    @Override
    public void init(IWorkbench workbench) {
        setDescription(Messages.Settings_description);
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite form = new Composite(parent, SWT.NONE);
        form.setLayout(new GridLayout(2, false));
        new Label(form, SWT.NONE).setText(Messages.Settings_url);
        url = new Text(form, SWT.SINGLE | SWT.BORDER);
        url.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        url.setText(RuntimeSettings.url());
        url.addModifyListener(e -> check());
        new Label(form, SWT.NONE).setText(Messages.Settings_token);
        token = new Text(form, SWT.SINGLE | SWT.BORDER | SWT.PASSWORD);
        token.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        try {
            token.setText(RuntimeSettings.token());
        } catch (org.eclipse.equinox.security.storage.StorageException e) {
            setErrorMessage(Messages.bind(Messages.Runtime_noStorage, e.getMessage()));
        }
        Label help = new Label(form, SWT.WRAP);
        help.setText(Messages.Settings_help);
        help.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        return form;
    }

    private void check() {
        String text = url.getText().strip();
        boolean good = text.matches("https?://[^\\s/]+(/\\S*)?");
        setErrorMessage(good ? null : Messages.bind(Messages.Runtime_badUrl, text));
        setValid(good);
    }

    /** Fills the fields (tests type into the real widgets this way). */
    public void enter(String newUrl, String newToken) {
        url.setText(newUrl);
        token.setText(newToken);
    }

    @Override
    public boolean performOk() {
        try {
            RuntimeSettings.setUrl(url.getText());
            RuntimeSettings.setToken(token.getText());
            return true;
        } catch (Exception e) {
            setErrorMessage(Messages.bind(Messages.Settings_notSaved, e.getMessage()));
            return false;
        }
    }

    @Override
    protected void performDefaults() {
        url.setText(RuntimeSettings.DEFAULT_URL);
        super.performDefaults();
    }
}
