package org.centralita.designer.model;

/**
 * One named way out of a node as the diagram draws it: a fixed outcome ({@code next}), a menu
 * option ({@code 1}), a decision branch ({@code branch 2}) or a named outcome of an outcome map.
 *
 * @param name the outcome's name as drawn on the node and the connection
 * @param required whether leaving it unconnected is an error
 * @param target the node id it goes to, or null while unconnected
 */
public record Port(String name, boolean required, String target) {

    public boolean connected() {
        return target != null;
    }
}
