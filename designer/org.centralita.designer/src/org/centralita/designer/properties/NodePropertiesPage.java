package org.centralita.designer.properties;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.centralita.designer.Messages;
import org.centralita.designer.commands.FlowCommands;
import org.centralita.designer.commands.FlowEditCommand;
import org.centralita.designer.editor.FlowEditor;
import org.centralita.designer.model.DiagramNode;
import org.centralita.designer.model.FlowDiagram;
import org.centralita.designer.model.OutcomeWire;
import org.centralita.designer.model.Port;
import org.centralita.designer.model.Ports;
import org.centralita.designer.model.PromptLines;
import org.centralita.flows.edit.NodeCopy;
import org.centralita.flows.model.FieldValues;
import org.centralita.flows.model.Flow;
import org.centralita.flows.model.FlowNode;
import org.centralita.flows.registry.FieldKind;
import org.centralita.flows.registry.FieldSpec;
import org.centralita.flows.registry.NodeType;
import org.centralita.flows.registry.OutcomeSpec;
import org.centralita.flows.validate.PromptForms;
import org.centralita.flows.yaml.YamlNode;
import org.eclipse.gef.EditPart;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.Page;
import org.eclipse.ui.views.properties.IPropertySheetPage;

/**
 * The properties of the node selected in a flow editor, as a form made from the node-type
 * registry (never a form written per type): a text box, a list or a node list per field kind,
 * prompts per language with text-to-speech or a recording, the options and branches as rows,
 * the outcomes with their targets. Every change is a command on the editor's command stack, and
 * the form is made again after every change of the flow (an edit, an undo, a redo) and of the
 * selection.
 */
public final class NodePropertiesPage extends Page implements IPropertySheetPage {

    /** The widget data key naming what a control edits ({@code timeout}, {@code prompt/en-US}). */
    public static final String FIELD = "centralita.field";

    private final FlowEditor editor;
    private final Map<String, Control> controls = new LinkedHashMap<>();
    private final FlowDiagram.Listener follow = d -> rebuildSoon();
    private ScrolledComposite scroller;
    private Composite form;
    private String nodeId;
    private String message;
    private boolean rebuildPending;
    private boolean rebuilding;
    private List<String> shownProblems = List.of();

    public NodePropertiesPage(FlowEditor editor) {
        this.editor = editor;
    }

    @Override
    public void createControl(Composite parent) {
        scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        editor.diagram().addListener(follow);
        rebuild();
    }

    @Override
    public Control getControl() {
        return scroller;
    }

    @Override
    public void setFocus() {
        scroller.setFocus();
    }

    @Override
    public void dispose() {
        editor.diagram().removeListener(follow);
        super.dispose();
    }

    @Override
    public void selectionChanged(IWorkbenchPart part, ISelection selection) {
        if (part != editor || !(selection instanceof IStructuredSelection structured)) {
            return;
        }
        Object first = structured.getFirstElement();
        Object model = first instanceof EditPart editPart ? editPart.getModel() : first;
        String selected = model instanceof DiagramNode node ? node.id()
                : model instanceof OutcomeWire wire ? wire.source() : null;
        if (selected != null && !selected.equals(nodeId) || selected == null && nodeId != null) {
            nodeId = selected;
            message = null;
            rebuild();
        }
    }

    /** The node the form shows, or null. */
    public String nodeId() {
        return nodeId;
    }

    /** The control that edits {@code key} ({@code timeout}, {@code prompt/en-US}, {@code options/1/say}), if shown. */
    public Optional<Control> control(String key) {
        return Optional.ofNullable(controls.get(key)).filter(c -> !c.isDisposed());
    }

    /** What the form says about the last change it could not make, or null. */
    public String message() {
        return message;
    }

    private void rebuildSoon() {
        if (rebuildPending || scroller == null || scroller.isDisposed()) {
            return;
        }
        rebuildPending = true;
        scroller.getDisplay().asyncExec(() -> {
            rebuildPending = false;
            if (!scroller.isDisposed()) {
                rebuild();
            }
        });
    }

    private void rebuild() {
        rebuilding = true;
        try {
            if (form != null) {
                form.dispose();
            }
            controls.clear();
            shownProblems = List.of();
            form = new Composite(scroller, SWT.NONE);
            form.setLayout(new GridLayout(1, false));
            Optional<FlowNode> node = nodeId == null ? Optional.empty() : editor.diagram().flow().node(nodeId);
            if (message != null) {
                Label said = new Label(form, SWT.WRAP);
                said.setText(message);
                said.setForeground(form.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
                said.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            }
            if (node.isEmpty()) {
                new Label(form, SWT.NONE).setText(Messages.Properties_noSelection);
                buildFlow(editor.diagram().flow());
            } else {
                build(node.get());
            }
            scroller.setContent(form);
            scroller.setMinSize(form.computeSize(SWT.DEFAULT, SWT.DEFAULT));
            form.layout(true, true);
        } finally {
            rebuilding = false;
        }
    }

    private FlowCommands commands() {
        return new FlowCommands(editor.diagram());
    }

    /** Runs a command on the editor's stack, or says why it cannot run. */
    private void execute(FlowEditCommand command) {
        if (command == null) {
            return;
        }
        Optional<String> refusal = command.refusal();
        if (refusal.isPresent()) {
            message = Messages.bind(Messages.Properties_refused, refusal.get());
            rebuildSoon();
            return;
        }
        message = null;
        editor.commandStack().execute(command);
    }

    private void build(FlowNode node) {
        Flow flow = editor.diagram().flow();
        NodeType type = node.type().orElse(null);
        problems(node.id());
        Composite general = group(form, Messages.Properties_node, 2);
        label(general, Messages.Properties_id, Messages.Properties_idHelp);
        text(general, "id", node.id(), null, Messages.Properties_idHelp, typed -> {
            String newId = typed.strip();
            FlowEditCommand rename = commands().rename(node.id(), newId);
            boolean allowed = rename.canExecute();
            execute(rename);
            if (allowed) {
                // the diagram drew the node anew under its new id: select it, the form follows
                nodeId = newId;
                editor.select(newId);
            }
        });
        label(general, Messages.Properties_type, null);
        Label typeLabel = new Label(general, SWT.WRAP);
        typeLabel.setText(type == null ? Messages.bind(Messages.Properties_unknownType, node.typeName())
                : type.label() + " (" + type.name() + "): " + type.description());
        typeLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        label(general, Messages.Properties_description, Messages.Properties_descriptionHelp);
        text(general, "description", node.text("description").orElse(""), null, Messages.Properties_descriptionHelp,
                typed -> execute(setField(node, List.of("description"), typed.isBlank() ? null : typed)));
        if (type == null) {
            return;
        }
        Composite fields = null;
        for (FieldSpec field : type.fields()) {
            switch (field.kind()) {
                case PROMPT -> prompt(flow, node, field);
                case OPTIONS -> options(flow, node, field);
                case BRANCHES -> branches(flow, node, field);
                case MAP, OUTCOMES -> map(flow, node, field);
                // a free structured value written as a map (a CRM request's body) is edited as a map
                case ANY -> {
                    if (node.field(field.name()).orElse(null) instanceof YamlNode.Mapping) {
                        map(flow, node, field);
                    } else {
                        fields = scalarRow(fields, flow, node, field);
                    }
                }
                default -> fields = scalarRow(fields, flow, node, field);
            }
        }
        outcomes(flow, node, type);
    }

    /** A field's row in the fields group (made with the first row); the group. */
    private Composite scalarRow(Composite fields, Flow flow, FlowNode node, FieldSpec field) {
        Composite group = fields != null ? fields : group(form, Messages.Properties_fields, 2);
        label(group, field.label() + (field.required() ? " *" : ""), field.description());
        scalar(group, flow, node, field, field.name(), List.of(field.name()), node.field(field.name()).orElse(null));
        return group;
    }

    /** What the validator says about the node as it is now, above its form. */
    private void problems(String id) {
        if (!(editor.viewer().getContents() instanceof org.centralita.designer.parts.DiagramPart diagramPart)) {
            return;
        }
        List<org.centralita.flows.validate.Problem> problems = diagramPart.problemsOf(id);
        if (problems.isEmpty()) {
            return;
        }
        Composite group = group(form, Messages.Properties_problems, 1);
        List<String> lines = new ArrayList<>();
        for (org.centralita.flows.validate.Problem problem : problems) {
            Label said = new Label(group, SWT.WRAP);
            said.setText((problem.isError() ? "\u2716 " : "\u26a0 ") + problem.message());
            said.setForeground(form.getDisplay().getSystemColor(problem.isError() ? SWT.COLOR_DARK_RED : SWT.COLOR_DARK_YELLOW));
            said.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            lines.add(said.getText());
        }
        shownProblems = lines;
    }

    /** The validator's messages the form shows above the node's fields (empty when none). */
    public List<String> problemsShown() {
        return shownProblems;
    }

    // ----- the flow's own values

    /**
     * The flow's own values when no node is selected: name, description, languages, start and
     * on-error, and the defaults the registry's fields fall back to ({@code defaults.timeout}).
     */
    private void buildFlow(Flow flow) {
        Composite general = group(form, Messages.Properties_flow, 2);
        label(general, Messages.Properties_id, null);
        Label id = new Label(general, SWT.NONE);
        id.setText(flow.id());
        flowText(general, flow, "name", Messages.Properties_flowName, FieldKind.TEXT, null);
        flowText(general, flow, "description", Messages.Properties_description, FieldKind.TEXT, null);
        label(general, Messages.Properties_languages, Messages.Properties_languagesHelp);
        text(general, "languages", String.join(", ", flow.languages()), null, Messages.Properties_languagesHelp,
                typed -> execute(commands().setFlowField(List.of("languages"), valueOf(FieldKind.PHRASES, typed))));
        for (String key : List.of("start", "on-error")) {
            label(general, key.equals("start") ? Messages.Properties_start : Messages.Properties_onError,
                    key.equals("start") ? Messages.Properties_startHelp : Messages.Properties_onErrorHelp);
            String now = flow.root().text(key).orElse("");
            choice(general, key, now, null, nodeIds(flow), null,
                    typed -> execute(commands().setFlowField(List.of(key), typed.isBlank() ? null : typed)));
        }
        Composite defaults = group(form, Messages.Properties_defaults, 2);
        Map<String, FieldSpec> byKey = new LinkedHashMap<>();
        for (NodeType type : org.centralita.flows.registry.NodeTypes.all()) {
            for (FieldSpec field : type.fields()) {
                field.flowDefault().ifPresent(key -> byKey.putIfAbsent(key, field));
            }
        }
        YamlNode written = flow.root().get("defaults").orElse(null);
        for (Map.Entry<String, FieldSpec> entry : byKey.entrySet()) {
            String key = entry.getKey();
            FieldSpec field = entry.getValue();
            FieldSpec asDefault = new FieldSpec(key, field.kind(), false,
                    FieldValues.defaultText(field.defaultValue(), org.centralita.flows.model.Defaults.BUILT_IN),
                    List.of(), field.description());
            label(defaults, asDefault.label(), field.description());
            YamlNode value = written instanceof YamlNode.Mapping map ? map.get(key).orElse(null) : null;
            scalarWith(defaults, flow, asDefault, "defaults/" + key, value,
                    typed -> execute(commands().setFlowField(List.of("defaults", key), valueOf(field.kind(), typed))));
        }
    }

    private void flowText(Composite parent, Flow flow, String key, String label, FieldKind kind, String help) {
        label(parent, label, help);
        text(parent, key, flow.root().text(key).orElse(""), null, help,
                typed -> execute(commands().setFlowField(List.of(key), valueOf(kind, typed))));
    }

    // ----- one value

    /** The editor of one scalar value by the field's kind, at {@code path} of the node. */
    private void scalar(Composite parent, Flow flow, FlowNode node, FieldSpec field, String key, List<Object> path, YamlNode value) {
        scalarWith(parent, flow, field, key, value, typed -> execute(setField(node, path, valueOf(field.kind(), typed))));
    }

    /** The editor of one scalar value by the field's kind; {@code commit} takes what was typed or chosen. */
    private void scalarWith(Composite parent, Flow flow, FieldSpec field, String key, YamlNode value, Consumer<String> commit) {
        Optional<String> written = textOf(value);
        if (value != null && written.isEmpty()) {
            Text complex = new Text(parent, SWT.BORDER | SWT.READ_ONLY);
            complex.setText(Messages.Properties_complex);
            complex.setToolTipText(field.description());
            complex.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            remember(key, complex);
            return;
        }
        String now = written.orElse("");
        String fallback = field.defaultValue() == null ? null : FieldValues.defaultText(field.defaultValue(), flow.defaults());
        switch (field.kind()) {
            case BOOLEAN -> choice(parent, key, now, fallback, List.of("true", "false"), field.description(), commit);
            case CHOICE -> choice(parent, key, now, fallback, field.choices(), field.description(), commit);
            case NODE -> choice(parent, key, now, null, nodeIds(flow), field.description(), commit);
            case LANGUAGE -> choice(parent, key, now, null, flow.languages(), field.description(), commit);
            default -> text(parent, key, now, fallback == null ? null : Messages.bind(Messages.Properties_default, fallback),
                    field.description() + " (" + field.kind().label() + ")", commit);
        }
    }

    private static Object valueOf(FieldKind kind, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        if (kind == FieldKind.PHRASES) {
            return List.of(typed.split(",")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
        return FieldValues.typed(kind, typed.strip());
    }

    /** The text a form shows for a value: a scalar's text, a list of scalars joined by commas. */
    private static Optional<String> textOf(YamlNode value) {
        if (value == null) {
            return Optional.of("");
        }
        if (value instanceof YamlNode.Scalar scalar) {
            return Optional.of(scalar.isNull() ? "" : scalar.value());
        }
        if (value instanceof YamlNode.Sequence list && list.items().stream().allMatch(YamlNode.Scalar.class::isInstance)) {
            return Optional.of(String.join(", ", list.items().stream().map(i -> ((YamlNode.Scalar) i).value()).toList()));
        }
        return Optional.empty();
    }

    private FlowEditCommand setField(FlowNode node, List<Object> path, Object value) {
        boolean written = valueAt(node, path).isPresent();
        return value == null && !written ? null : commands().setField(node.id(), path, value);
    }

    private static Optional<YamlNode> valueAt(FlowNode node, List<Object> path) {
        YamlNode at = node.body();
        for (Object step : path) {
            if (at instanceof YamlNode.Mapping map && step instanceof String key) {
                at = map.get(key).orElse(null);
            } else if (at instanceof YamlNode.Sequence list && step instanceof Integer index && index < list.items().size()) {
                at = list.items().get(index);
            } else {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(at);
    }

    private static List<String> nodeIds(Flow flow) {
        return new ArrayList<>(flow.nodes().keySet());
    }

    // ----- prompts

    private void prompt(Flow flow, FlowNode node, FieldSpec field) {
        PromptLines prompt = PromptLines.of(flow, node.id(), field.name());
        List<SegmentList> segmentLists = segmentLists(flow, node, field);
        String title = field.label() + (field.required() ? " *" : "")
                + (prompt.form() == PromptLines.Form.KEY ? " - " + Messages.bind(Messages.Properties_sharedPrompt, prompt.key()) : "")
                + (!segmentLists.isEmpty() ? " - " + Messages.Properties_segmentsBelow
                        : prompt.form() == PromptLines.Form.SEGMENTS ? " - " + Messages.Properties_segments : "");
        Composite group = group(form, title, 3);
        group.setToolTipText(field.description());
        for (PromptLines.Line line : prompt.lines()) {
            label(group, line.language(), field.description());
            String key = field.name() + "/" + line.language();
            Combo mode = new Combo(group, SWT.READ_ONLY);
            mode.setItems(Messages.Properties_tts, Messages.Properties_recording);
            mode.select(line.recording() ? 1 : 0);
            mode.setEnabled(line.editable());
            remember(key + "/mode", mode);
            Text text = text(group, key, line.text(), line.recording() ? Messages.Properties_recordingHint : Messages.Properties_ttsHint,
                    field.description(), typed -> execute(commands().setPrompt(node.id(), field.name(), line.language(),
                            mode.getSelectionIndex() == 1, typed)));
            text.setEditable(line.editable());
            mode.addListener(SWT.Selection, e -> {
                if (!rebuilding && mode.getSelectionIndex() == 1 != line.recording()) {
                    execute(commands().setPrompt(node.id(), field.name(), line.language(), mode.getSelectionIndex() == 1,
                            text.getText()));
                }
            });
        }
        segmentLists.forEach(list -> segments(list, field.description()));
    }

    /**
     * A list of a prompt's segments in the form: where it is written ({@code base}, from the node
     * or, for a shared prompt, from the top of the file) and how a value there is set or removed.
     * A prompt written as one segment ({@code {say-number: balance}}) is a list of one whose
     * segment is {@code base} itself ({@code single}); a segment added to it makes it a list.
     */
    private record SegmentList(String title, String prefix, List<Object> base, List<YamlNode> items, boolean single,
            BiFunction<List<Object>, Object, FlowEditCommand> set) {

        /** The path of segment {@code index}, then of {@code steps} inside it. */
        List<Object> at(int index, Object... steps) {
            List<Object> path = new ArrayList<>(base);
            if (!single) {
                path.add(index);
            }
            path.addAll(List.of(steps));
            return path;
        }

        /** The edit that adds {@code segment} at the end (the single segment and it become a list). */
        FlowEditCommand add(Map<String, Object> segment) {
            return single ? set.apply(base, List.of(NodeCopy.valueOf(items.get(0)), segment)) : set.apply(at(items.size()), segment);
        }
    }

    /**
     * The lists of segments a prompt field is made of: the field's own list, the lists of a map by
     * language, or those of the shared prompt it names (edited in {@code prompts:}, for every node
     * that uses it). Widgets are named {@code FIELD/segment/N}, {@code FIELD/LANGUAGE/segment/N},
     * {@code FIELD/shared/segment/N} and {@code FIELD/shared/LANGUAGE/segment/N}.
     */
    private List<SegmentList> segmentLists(Flow flow, FlowNode node, FieldSpec field) {
        List<SegmentList> lists = new ArrayList<>();
        YamlNode written = node.field(field.name()).orElse(null);
        if (written instanceof YamlNode.Scalar scalar && PromptForms.isKeyReference(scalar.value(), flow.prompts().keySet())) {
            addSegmentLists(lists, Messages.bind(Messages.Properties_sharedPrompt, scalar.value()), field.name() + "/shared",
                    List.of("prompts", scalar.value()), flow.prompts().get(scalar.value()),
                    (path, value) -> commands().setFlowField(path, value));
        } else {
            addSegmentLists(lists, field.label(), field.name(), List.of(field.name()), written,
                    (path, value) -> setField(node, path, value));
        }
        return lists;
    }

    private static void addSegmentLists(List<SegmentList> lists, String title, String prefix, List<Object> base, YamlNode value,
            BiFunction<List<Object>, Object, FlowEditCommand> set) {
        if (value instanceof YamlNode.Sequence items) {
            lists.add(new SegmentList(title, prefix + "/segment/", base, items.items(), false, set));
        } else if (value instanceof YamlNode.Mapping map && PromptForms.isLanguageMap(map)) {
            map.entries().forEach((language, entry) -> {
                List<Object> path = new ArrayList<>(base);
                path.add(language);
                String named = title + " - " + language;
                if (entry.value() instanceof YamlNode.Sequence items) {
                    lists.add(new SegmentList(named, prefix + "/" + language + "/segment/", path, items.items(), false, set));
                } else if (entry.value() instanceof YamlNode.Mapping segment && isSingleSegment(segment)) {
                    lists.add(new SegmentList(named, prefix + "/" + language + "/segment/", path, List.of(segment), true, set));
                }
            });
        } else if (value instanceof YamlNode.Mapping segment && isSingleSegment(segment)) {
            lists.add(new SegmentList(title, prefix + "/segment/", base, List.of(segment), true, set));
        }
    }

    /**
     * Whether a map is one segment that the language's line cannot edit ({@code {say-number: x}},
     * {@code {say-money: x, currency: USD}}): a text or a recording alone is edited in the line.
     */
    private static boolean isSingleSegment(YamlNode.Mapping map) {
        boolean lineEdits = map.entries().size() == 1 && (map.has("text") || map.has("audio"));
        return !lineEdits && map.entries().keySet().stream().anyMatch(PromptForms.SEGMENT_KINDS::contains);
    }

    /**
     * A list of segments ({@code [{text: ...}, {pause: 300ms}, {say-digits: account}]}): one row
     * per segment, its kind and its value (typed over in place, emptied it removes the segment)
     * with Remove, and a row to add one at the end. A segment's other key ({@code currency})
     * stays as written.
     */
    private void segments(SegmentList list, String help) {
        Composite group = group(form, Messages.bind(Messages.Properties_segmentsOf, list.title()), 3);
        String prefix = list.prefix();
        List<YamlNode> segments = list.items();
        for (int i = 0; i < segments.size(); i++) {
            YamlNode item = segments.get(i);
            // a scalar item of the list is text; a map is one segment, its kind the first segment key it has
            String kind = item instanceof YamlNode.Mapping map ? map.entries().keySet().stream()
                    .filter(PromptForms.SEGMENT_KINDS::contains).findFirst().orElse(null) : "text";
            List<Object> path = item instanceof YamlNode.Mapping ? list.at(i, kind) : list.at(i);
            List<Object> whole = list.at(i);
            YamlNode value = item instanceof YamlNode.Mapping map && kind != null ? map.get(kind).orElse(null) : item;
            label(group, kind == null ? "?" : kind, help);
            Optional<String> written = textOf(value);
            Text text = text(group, prefix + (i + 1), written.orElse(Messages.Properties_complex), null, help,
                    typed -> execute(list.set().apply(typed.isBlank() ? whole : path, typed.isBlank() ? null : typed.strip())));
            text.setEditable(kind != null && written.isPresent());
            button(group, prefix + (i + 1) + "/remove", Messages.Properties_remove,
                    () -> execute(list.set().apply(whole, null)));
        }
        Combo kind = new Combo(group, SWT.READ_ONLY);
        kind.setItems(PromptForms.SEGMENT_KINDS.toArray(String[]::new));
        kind.select(0);
        remember(prefix + "new/kind", kind);
        Text value = text(group, prefix + "new", "", Messages.Properties_segmentHint, help, typed -> { });
        button(group, prefix + "add", Messages.Properties_add, () -> {
            if (value.getText().isBlank()) {
                message = Messages.bind(Messages.Properties_refused, Messages.Properties_segmentEmpty);
                rebuildSoon();
                return;
            }
            execute(list.add(Map.of(kind.getText(), value.getText().strip())));
        });
    }

    // ----- options, branches, maps

    private void options(Flow flow, FlowNode node, FieldSpec field) {
        List<FieldSpec> items = field.itemFields();
        Composite group = group(form, field.label() + (field.required() ? " *" : ""), items.size() + 2);
        group.setToolTipText(field.description());
        header(group, Messages.Properties_key, items);
        Map<String, YamlNode.Entry> written = node.field(field.name()).orElse(null) instanceof YamlNode.Mapping map
                ? map.entries() : Map.of();
        for (String optionKey : written.keySet()) {
            // the key is edited in place: the option keeps its words, where it goes and its comments
            text(group, field.name() + "/" + optionKey + "/key", optionKey, null, Messages.Properties_newKeyHelp, typed -> {
                if (!typed.strip().equals(optionKey)) {
                    execute(commands().renameOption(node.id(), field.name(), optionKey, typed.strip()));
                }
            });
            YamlNode option = written.get(optionKey).value();
            for (FieldSpec item : items) {
                // a language option may be written short, as its language alone ("1": en-US)
                boolean short_ = option instanceof YamlNode.Scalar && item == items.get(0);
                YamlNode value = option instanceof YamlNode.Mapping m ? m.get(item.name()).orElse(null) : short_ ? option : null;
                scalar(group, flow, node, item, field.name() + "/" + optionKey + "/" + item.name(),
                        short_ ? List.of(field.name(), optionKey) : List.of(field.name(), optionKey, item.name()), value);
            }
            button(group, field.name() + "/" + optionKey + "/remove", Messages.Properties_remove,
                    () -> execute(commands().removeOption(node.id(), field.name(), optionKey)));
        }
        Text newKey = text(group, field.name() + "/new", "", Messages.Properties_newKey, Messages.Properties_newKeyHelp, typed -> { });
        Map<String, Control> newItems = newItemEditors(group, flow, field);
        button(group, field.name() + "/add", Messages.Properties_add, () -> {
            Optional<Map<String, Object>> item = newItem(field, newItems);
            item.ifPresent(values -> execute(commands().addOption(node.id(), field.name(), newKey.getText().strip(), values)));
        });
    }

    private void branches(Flow flow, FlowNode node, FieldSpec field) {
        List<FieldSpec> items = field.itemFields();
        Composite group = group(form, field.label() + (field.required() ? " *" : ""), items.size() + 2);
        group.setToolTipText(field.description());
        header(group, "#", items);
        List<YamlNode> written = node.field(field.name()).orElse(null) instanceof YamlNode.Sequence list ? list.items() : List.of();
        for (int i = 0; i < written.size(); i++) {
            int index = i;
            label(group, String.valueOf(i + 1), null);
            for (FieldSpec item : items) {
                YamlNode value = written.get(i) instanceof YamlNode.Mapping m ? m.get(item.name()).orElse(null) : null;
                scalar(group, flow, node, item, field.name() + "/" + (i + 1) + "/" + item.name(), List.of(field.name(), i, item.name()), value);
            }
            button(group, field.name() + "/" + (i + 1) + "/remove", Messages.Properties_remove,
                    () -> execute(commands().setField(node.id(), List.of(field.name(), index), null)));
        }
        new Label(group, SWT.NONE).setText("+");
        Map<String, Control> newItems = newItemEditors(group, flow, field);
        button(group, field.name() + "/add", Messages.Properties_add,
                () -> newItem(field, newItems).ifPresent(values -> execute(commands().addBranch(node.id(), field.name(), values))));
    }

    private void map(Flow flow, FlowNode node, FieldSpec field) {
        FieldKind valueKind = field.kind() == FieldKind.OUTCOMES ? FieldKind.NODE : FieldKind.TEXT;
        FieldSpec value = new FieldSpec(field.name(), valueKind, false, null, List.of(), field.description());
        Composite group = group(form, field.label() + (field.required() ? " *" : ""), 3);
        group.setToolTipText(field.description());
        YamlNode written = node.field(field.name()).orElse(null);
        if (written != null && !(written instanceof YamlNode.Mapping)) {
            label(group, Messages.Properties_complex, field.description());
            return;
        }
        Map<String, YamlNode.Entry> entries = written instanceof YamlNode.Mapping map ? map.entries() : Map.of();
        mapRows(group, flow, node, value, List.of(field.name()), "", entries);
        Text newName = text(group, field.name() + "/new", "", Messages.Properties_newName, field.description(), typed -> { });
        Map<String, Control> newValue = new LinkedHashMap<>();
        newValue.put("value", valueKind == FieldKind.NODE ? choiceOnly(group, field.name() + "/new/value", nodeIds(flow))
                : text(group, field.name() + "/new/value", "", Messages.Properties_newValue, field.description(), typed -> { }));
        button(group, field.name() + "/add", Messages.Properties_add, () -> {
            String name = newName.getText().strip();
            String text = valueText(newValue.get("value"));
            if (name.isEmpty() || text.isEmpty()) {
                message = Messages.Properties_nameAndValue;
                rebuildSoon();
                return;
            }
            execute(entries.isEmpty()
                    ? commands().setField(node.id(), List.of(field.name()), Map.of(name, text))
                    : commands().setField(node.id(), List.of(field.name(), name), text));
        });
    }

    /**
     * One row per entry of a map (its name, its value, Remove); an entry holding a map gives a row
     * per entry of its own, named with the path ({@code customer.id}), at any depth.
     */
    private void mapRows(Composite group, Flow flow, FlowNode node, FieldSpec value, List<Object> path, String shownPrefix,
            Map<String, YamlNode.Entry> entries) {
        for (String name : entries.keySet()) {
            List<Object> at = new ArrayList<>(path);
            at.add(name);
            YamlNode written = entries.get(name).value();
            if (written instanceof YamlNode.Mapping inner && !inner.entries().isEmpty()) {
                mapRows(group, flow, node, value, at, shownPrefix + name + ".", inner.entries());
                continue;
            }
            if (written instanceof YamlNode.Sequence list) {
                listRows(group, flow, node, value, at, shownPrefix + name, list);
                continue;
            }
            valueRow(group, flow, node, value, at, shownPrefix + name, written);
        }
    }

    /**
     * A list inside a structured value (a CRM request's {@code ids: [1, 2]}): a row per item,
     * {@code NAME[1]} (a map item's entries as rows of their own), and a row to add a value at the
     * end. Widgets are named by the path, list positions counted from 1 ({@code body/ids/2}).
     */
    private void listRows(Composite group, Flow flow, FlowNode node, FieldSpec value, List<Object> path, String shown,
            YamlNode.Sequence list) {
        for (int i = 0; i < list.items().size(); i++) {
            List<Object> at = new ArrayList<>(path);
            at.add(i);
            YamlNode item = list.items().get(i);
            String itemShown = shown + "[" + (i + 1) + "]";
            if (item instanceof YamlNode.Mapping inner && !inner.entries().isEmpty()) {
                mapRows(group, flow, node, value, at, itemShown + ".", inner.entries());
            } else {
                valueRow(group, flow, node, value, at, itemShown, item);
            }
        }
        String key = widgetKey(path);
        label(group, shown + "[+]", value.description());
        Text added = text(group, key + "/new", "", Messages.Properties_newValue, value.description(), typed -> { });
        button(group, key + "/add", Messages.Properties_add, () -> {
            if (added.getText().isBlank()) {
                message = Messages.bind(Messages.Properties_refused, Messages.Properties_valueEmpty);
                rebuildSoon();
                return;
            }
            List<Object> end = new ArrayList<>(path);
            end.add(list.items().size());
            execute(commands().setField(node.id(), end, valueOf(value.kind(), added.getText())));
        });
    }

    /** One value of a structured value: its name, its editor and Remove. */
    private void valueRow(Composite group, Flow flow, FlowNode node, FieldSpec value, List<Object> at, String shown, YamlNode written) {
        String key = widgetKey(at);
        label(group, shown, value.description());
        scalar(group, flow, node, value, key, at, written);
        button(group, key + "/remove", Messages.Properties_remove, () -> execute(commands().setField(node.id(), at, null)));
    }

    /** A widget's name from a path in the node: its steps joined by '/', list positions counted from 1. */
    private static String widgetKey(List<Object> path) {
        return String.join("/", path.stream().map(step -> step instanceof Integer index ? String.valueOf(index + 1) : String.valueOf(step)).toList());
    }

    private void header(Composite group, String first, List<FieldSpec> items) {
        new Label(group, SWT.NONE).setText(first);
        for (FieldSpec item : items) {
            label(group, item.label() + (item.required() ? " *" : ""), item.description());
        }
        new Label(group, SWT.NONE);
    }

    /** Editors for the fields of a new option or branch. */
    private Map<String, Control> newItemEditors(Composite group, Flow flow, FieldSpec field) {
        Map<String, Control> editors = new LinkedHashMap<>();
        for (FieldSpec item : field.itemFields()) {
            String key = field.name() + "/new/" + item.name();
            Control control = switch (item.kind()) {
                case NODE -> choiceOnly(group, key, nodeIds(flow));
                case LANGUAGE -> choiceOnly(group, key, flow.languages());
                default -> text(group, key, "", item.kind().label(), item.description(), typed -> { });
            };
            control.setToolTipText(item.description());
            editors.put(item.name(), control);
        }
        return editors;
    }

    /** The values of a new option or branch, or empty (and a message) when a required one is missing. */
    private Optional<Map<String, Object>> newItem(FieldSpec field, Map<String, Control> editors) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (FieldSpec item : field.itemFields()) {
            String text = valueText(editors.get(item.name()));
            if (text.isEmpty() && item.required()) {
                message = Messages.bind(Messages.Properties_required, item.label());
                rebuildSoon();
                return Optional.empty();
            }
            Object value = valueOf(item.kind(), text);
            if (value != null) {
                values.put(item.name(), value);
            }
        }
        return Optional.of(values);
    }

    private static String valueText(Control control) {
        return control instanceof Combo combo ? combo.getText().strip() : ((Text) control).getText().strip();
    }

    // ----- outcomes

    private void outcomes(Flow flow, FlowNode node, NodeType type) {
        Composite group = group(form, Messages.Properties_outcomes, 2);
        List<Port> ports = Ports.of(node);
        List<String> shown = new ArrayList<>();
        for (OutcomeSpec outcome : type.outcomes()) {
            shown.add(outcome.name());
            outcome(group, flow, node, outcome.name(), outcome.name() + (outcome.required() ? " *" : ""), outcome.description(), ports);
        }
        for (Port port : ports) {
            if (!shown.contains(port.name())) {
                String label = type.dynamicOutcomes() == NodeType.DynamicOutcomes.OPTIONS && !port.name().startsWith("branch ")
                        ? Messages.bind(Messages.Properties_option, port.name()) : port.name();
                outcome(group, flow, node, port.name(), label, null, ports);
            }
        }
    }

    private void outcome(Composite group, Flow flow, FlowNode node, String name, String label, String help, List<Port> ports) {
        label(group, label, help);
        String target = ports.stream().filter(p -> p.name().equals(name)).map(Port::target).filter(t -> t != null)
                .findFirst().orElse("");
        choice(group, "outcome/" + name, target, null, nodeIds(flow), help,
                typed -> execute(commands().route(node.id(), name, typed)));
    }

    // ----- widgets

    private static Composite group(Composite parent, String title, int columns) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(title);
        group.setLayout(new GridLayout(columns, false));
        group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return group;
    }

    private static void label(Composite parent, String text, String help) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(text);
        if (help != null) {
            label.setToolTipText(help);
        }
    }

    private void remember(String key, Control control) {
        control.setData(FIELD, key);
        controls.put(key, control);
    }

    /** A text box that commits what was typed on Enter and when it loses the focus. */
    private Text text(Composite parent, String key, String now, String hint, String help, Consumer<String> commit) {
        Text text = new Text(parent, SWT.BORDER | SWT.SINGLE);
        text.setText(now);
        if (hint != null) {
            text.setMessage(hint);
        }
        text.setToolTipText(help);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        String[] shown = {now};
        org.eclipse.swt.widgets.Listener done = e -> {
            if (!rebuilding && !text.isDisposed() && !text.getText().equals(shown[0])) {
                shown[0] = text.getText();
                commit.accept(text.getText());
            }
        };
        text.addListener(SWT.DefaultSelection, done);
        text.addListener(SWT.FocusOut, done);
        remember(key, text);
        return text;
    }

    /** A list to choose from: the first entry leaves the value out (its default, or nothing). */
    private void choice(Composite parent, String key, String now, String fallback, List<String> values, String help, Consumer<String> commit) {
        Combo combo = new Combo(parent, SWT.READ_ONLY);
        List<String> items = new ArrayList<>();
        items.add(fallback == null ? "" : Messages.bind(Messages.Properties_default, fallback));
        items.addAll(values);
        if (!now.isEmpty() && !values.contains(now)) {
            items.add(now);
        }
        combo.setItems(items.toArray(String[]::new));
        combo.select(now.isEmpty() ? 0 : items.indexOf(now));
        combo.setToolTipText(help);
        combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        combo.addListener(SWT.Selection, e -> {
            if (!rebuilding) {
                int index = combo.getSelectionIndex();
                String chosen = index <= 0 ? "" : combo.getItem(index);
                if (!chosen.equals(now)) {
                    commit.accept(chosen);
                }
            }
        });
        remember(key, combo);
    }

    /** A list of values to pick one for a new option, branch or entry. */
    private Combo choiceOnly(Composite parent, String key, List<String> values) {
        Combo combo = new Combo(parent, SWT.READ_ONLY);
        List<String> items = new ArrayList<>();
        items.add("");
        items.addAll(values);
        combo.setItems(items.toArray(String[]::new));
        combo.select(0);
        combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        remember(key, combo);
        return combo;
    }

    private void button(Composite parent, String key, String text, Runnable pressed) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.addListener(SWT.Selection, e -> {
            if (!rebuilding) {
                pressed.run();
            }
        });
        remember(key, button);
    }
}
