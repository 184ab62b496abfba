package org.centralita.designer.figures;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.centralita.designer.model.Port;
import org.eclipse.draw2d.ColorConstants;
import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.LineBorder;
import org.eclipse.draw2d.MarginBorder;
import org.eclipse.draw2d.PositionConstants;
import org.eclipse.draw2d.ToolbarLayout;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.swt.graphics.Color;

/**
 * A node as the analyst sees it: a title with the node id and type, the first words the caller
 * hears, and one row per outcome, each row the anchor its connection leaves from.
 */
public final class NodeFigure extends Figure {

    /** Width of every node; the layout and the file's places assume it. */
    public static final int WIDTH = 175;
    private static final int ROW = 15;

    private final Label title = new Label();
    private final Label summary = new Label();
    private final Label badge = new Label();
    private final Label calls = new Label();
    private static final Color HIGH_DROP_OFF = new Color(255, 205, 205);
    private static final Color CALLS_BACKGROUND = new Color(225, 236, 255);
    private static final Color DARK_RED = new Color(150, 0, 0);
    private final Map<String, Label> portRows = new LinkedHashMap<>();

    public NodeFigure() {
        ToolbarLayout layout = new ToolbarLayout();
        layout.setStretchMinorAxis(true);
        setLayoutManager(layout);
        setOpaque(true);
        setBorder(new LineBorder(ColorConstants.darkGray, 1));
        title.setLabelAlignment(PositionConstants.LEFT);
        title.setBorder(new MarginBorder(2, 4, 2, 4));
        summary.setLabelAlignment(PositionConstants.LEFT);
        summary.setBorder(new MarginBorder(0, 4, 2, 4));
        summary.setForegroundColor(ColorConstants.darkGray);
        badge.setForegroundColor(ColorConstants.red);
        calls.setLabelAlignment(PositionConstants.LEFT);
        calls.setBorder(new MarginBorder(0, 4, 0, 4));
        calls.setOpaque(true);
        add(title);
        add(summary);
    }

    /**
     * Shows the calls overlay's line under the title (the node grows by one row, so its outcome
     * rows keep their size); a node whose drop-off is high gets it in red.
     */
    public void showCalls(String text, String tip, boolean high) {
        calls.setText(text);
        calls.setToolTip(new Label(tip));
        calls.setBackgroundColor(high ? HIGH_DROP_OFF : CALLS_BACKGROUND);
        calls.setForegroundColor(high ? DARK_RED : ColorConstants.black);
        if (calls.getParent() != this) {
            add(calls, 1);
        }
        revalidate();
    }

    /** Takes the calls overlay's line away. */
    public void clearCalls() {
        if (calls.getParent() == this) {
            remove(calls);
            revalidate();
        }
    }

    /** The calls overlay's line, or null when the overlay is off. */
    public String callsText() {
        return calls.getParent() == this ? calls.getText() : null;
    }

    /** Whether the overlay marks the node's drop-off as high. */
    public boolean callsStandOut() {
        return calls.getParent() == this && HIGH_DROP_OFF.equals(calls.getBackgroundColor());
    }

    /** Shows a node: its title, its summary line and its outcome rows, in the node's colour. */
    public void show(String titleText, String summaryText, List<Port> ports, Color fill) {
        title.setText(titleText);
        summary.setText(summaryText.isEmpty() ? " " : summaryText);
        summary.setToolTip(summaryText.isEmpty() ? null : new Label(summaryText));
        setBackgroundColor(fill);
        portRows.values().forEach(this::remove);
        portRows.clear();
        for (Port port : ports) {
            Label row = new Label(port.name() + " \u25B8");
            row.setLabelAlignment(PositionConstants.RIGHT);
            row.setBorder(new MarginBorder(0, 4, 0, 4));
            row.setForegroundColor(port.required() && !port.connected() ? ColorConstants.red : ColorConstants.black);
            portRows.put(port.name(), row);
            add(row);
        }
    }

    /** Shows the node type's icon before the title. */
    public void showIcon(org.eclipse.swt.graphics.Image icon) {
        title.setIcon(icon);
    }

    /** The icon before the title (the node type's). */
    public org.eclipse.swt.graphics.Image icon() {
        return title.getIcon();
    }

    /** The outcome whose row holds a point (absolute coordinates), or null off every row. */
    public String outcomeRowAt(org.eclipse.draw2d.geometry.Point absolute) {
        for (Map.Entry<String, Label> entry : portRows.entrySet()) {
            org.eclipse.draw2d.geometry.Rectangle box = entry.getValue().getBounds().getCopy();
            entry.getValue().translateToAbsolute(box);
            if (box.contains(absolute)) {
                return entry.getKey();
            }
        }
        return null;
    }

    /** Marks the node as the flow's start (a thick border). */
    public void markStart(boolean start) {
        setBorder(new LineBorder(start ? ColorConstants.darkGreen : ColorConstants.darkGray, start ? 3 : 1));
    }

    /**
     * Shows or clears the validation badge with the node's messages as its tool tip, and marks
     * the row of each outcome a message is about (✖, red, the messages as the row's tool tip).
     */
    public void showProblems(String messages, boolean errors, Map<String, String> badPorts) {
        if (messages == null || messages.isEmpty()) {
            if (badge.getParent() == title) {
                title.remove(badge);
            }
            title.setToolTip(null);
            title.setForegroundColor(ColorConstants.black);
            return;
        }
        title.setForegroundColor(errors ? ColorConstants.red : ColorConstants.orange);
        title.setText((errors ? "\u2716 " : "\u26A0 ") + title.getText().replaceFirst("^[\u2716\u26A0] ", ""));
        title.setToolTip(new Label(messages));
        portRows.forEach((name, row) -> {
            if (badPorts.containsKey(name)) {
                row.setForegroundColor(ColorConstants.red);
                row.setText("\u2716 " + name + " \u25B8");
                row.setToolTip(new Label(badPorts.get(name)));
            }
        });
    }

    /** Whether the badge is shown (tests and the outline read it). */
    public boolean hasBadge() {
        return title.getText().startsWith("\u2716") || title.getText().startsWith("\u26A0");
    }

    /** Whether an outcome's row is marked with a problem. */
    public boolean hasPortBadge(String outcome) {
        Label row = portRows.get(outcome);
        return row != null && row.getText().startsWith("\u2716");
    }

    /** The messages shown on an outcome's row, or "" when it has none. */
    public String portMessages(String outcome) {
        Label row = portRows.get(outcome);
        return row != null && row.getToolTip() instanceof Label tip ? tip.getText() : "";
    }

    /** The row of an outcome, where its connection leaves; null when the node has no such outcome. */
    public IFigure portRow(String outcome) {
        return portRows.get(outcome);
    }

    /** The outcome whose row is nearest to a point (absolute coordinates), for drags from a row. */
    public String outcomeAt(org.eclipse.draw2d.geometry.Point absolute) {
        String nearest = null;
        int best = Integer.MAX_VALUE;
        for (Map.Entry<String, Label> entry : portRows.entrySet()) {
            org.eclipse.draw2d.geometry.Rectangle box = entry.getValue().getBounds().getCopy();
            entry.getValue().translateToAbsolute(box);
            int distance = Math.abs(box.getCenter().y - absolute.y);
            if (distance < best) {
                best = distance;
                nearest = entry.getKey();
            }
        }
        return nearest;
    }

    public String titleText() {
        return title.getText();
    }

    public String summaryText() {
        return summary.getText();
    }

    @Override
    public Dimension getPreferredSize(int wHint, int hHint) {
        if (calls.getParent() != this) {
            return new Dimension(WIDTH, heightFor(portRows.size()));
        }
        // with the calls line, tall enough for every row whatever the font: none is clipped
        int rows = heightFor(portRows.size()) + calls.getPreferredSize().height;
        return new Dimension(WIDTH, Math.max(rows, super.getPreferredSize(WIDTH, -1).height));
    }

    /** The height of a node with {@code outcomes} outcome rows (the layout sizes nodes by it). */
    public static int heightFor(int outcomes) {
        return ROW * (2 + outcomes) + 8;
    }

    /** The title, the summary and the outcome rows, where their words can be read. */
    @Override
    protected void paintChildren(Graphics graphics) {
        if (Legibility.wordsReadable(graphics)) {
            super.paintChildren(graphics);
        }
    }

    @Override
    protected void paintFigure(Graphics graphics) {
        graphics.fillRectangle(getBounds());
    }
}
