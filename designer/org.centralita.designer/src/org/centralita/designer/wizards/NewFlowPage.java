package org.centralita.designer.wizards;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.centralita.designer.Messages;
import org.centralita.designer.model.NewFlow;
import org.centralita.flows.model.Flow;
import org.centralita.flows.model.FlowSet;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The one page of the new flow wizard: id, name, first language; Finish only when they are right. */
final class NewFlowPage extends WizardPage {

    /** The widget data key naming each field (tests find the widgets by it). */
    static final String FIELD = "centralita.field";

    private final Path directory;
    private Text id;
    private Text name;
    private Combo language;

    NewFlowPage(Path directory) {
        super("new-flow");
        this.directory = directory;
        setTitle(Messages.NewFlow_title);
        setDescription(Messages.NewFlow_description);
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite form = new Composite(parent, SWT.NONE);
        form.setLayout(new GridLayout(2, false));
        id = text(form, Messages.NewFlow_id, "id");
        name = text(form, Messages.NewFlow_name, "name");
        new Label(form, SWT.NONE).setText(Messages.NewFlow_language);
        language = new Combo(form, SWT.DROP_DOWN);
        language.setItems(languagesInUse().toArray(String[]::new));
        language.select(0);
        language.setData(FIELD, "language");
        language.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        language.addListener(SWT.Modify, e -> check());
        setControl(form);
        check();
    }

    private Text text(Composite form, String label, String key) {
        new Label(form, SWT.NONE).setText(label);
        Text text = new Text(form, SWT.BORDER | SWT.SINGLE);
        text.setData(FIELD, key);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        text.addListener(SWT.Modify, e -> check());
        return text;
    }

    /** The languages the directory's flows speak, first languages first, then en-US and es-ES. */
    private Set<String> languagesInUse() {
        Set<String> languages = new LinkedHashSet<>();
        List<Flow> flows = FlowSet.load(List.of(directory)).flows();
        flows.forEach(f -> languages.add(f.defaultLanguage()));
        flows.forEach(f -> languages.addAll(f.languages()));
        languages.add("en-US");
        languages.add("es-ES");
        return languages;
    }

    private void check() {
        Optional<String> problem = NewFlow.problem(directory, id(), language());
        setErrorMessage(id().isEmpty() ? null : problem.orElse(null));
        setPageComplete(problem.isEmpty());
    }

    String id() {
        return id.getText().strip();
    }

    String flowName() {
        return name.getText().strip();
    }

    String language() {
        return language.getText().strip();
    }
}
