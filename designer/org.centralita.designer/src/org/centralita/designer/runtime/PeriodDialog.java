package org.centralita.designer.runtime;

import java.time.Clock;
import org.centralita.designer.Messages;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Asks which period's calls to show: the last day (default), 7 or 30 days, or from/to as typed. */
public final class PeriodDialog extends Dialog {

    private static final int[] DAYS = {1, 7, 30};

    private Combo choice;
    private Text from;
    private Text to;
    private CallsPeriod period;

    public PeriodDialog(Shell parent) {
        super(parent);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Period_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));
        new Label(area, SWT.NONE).setText(Messages.Period_choice);
        choice = new Combo(area, SWT.READ_ONLY);
        choice.setItems(Messages.Period_lastDay, Messages.bind(Messages.Period_lastDays, 7),
                Messages.bind(Messages.Period_lastDays, 30), Messages.Period_custom);
        choice.select(0);
        new Label(area, SWT.NONE).setText(Messages.Period_from);
        from = new Text(area, SWT.SINGLE | SWT.BORDER);
        from.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(area, SWT.NONE).setText(Messages.Period_to);
        to = new Text(area, SWT.SINGLE | SWT.BORDER);
        to.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Label help = new Label(area, SWT.WRAP);
        help.setText(Messages.Period_help);
        help.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        choice.addListener(SWT.Selection, e -> enableCustom());
        enableCustom();
        return area;
    }

    private void enableCustom() {
        boolean custom = choice.getSelectionIndex() == DAYS.length;
        from.setEnabled(custom);
        to.setEnabled(custom);
    }

    @Override
    protected void okPressed() {
        int index = choice.getSelectionIndex();
        period = index < DAYS.length ? CallsPeriod.lastDays(DAYS[index], Clock.systemUTC())
                : CallsPeriod.between(from.getText(), to.getText());
        super.okPressed();
    }

    /** The period chosen, once OK was pressed. */
    public CallsPeriod period() {
        return period;
    }
}
