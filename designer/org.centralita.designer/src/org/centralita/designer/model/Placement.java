package org.centralita.designer.model;

/** Where a node's top-left corner is drawn, in diagram coordinates. */
public record Placement(int x, int y) {
}
