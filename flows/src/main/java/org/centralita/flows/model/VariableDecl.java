package org.centralita.flows.model;

import org.centralita.flows.yaml.SourcePosition;
import org.centralita.flows.yaml.YamlNode;

/**
 * A flow variable as declared.
 *
 * @param name the variable's name
 * @param type {@code text}, {@code digits}, {@code number}, {@code boolean} or {@code date}
 * @param sensitive whether its value is a secret that is never written in clear
 * @param defaultValue the value it starts with, or null
 * @param position where it is declared
 * @param declaredNotSensitive whether {@code sensitive: false} is written: the flow vouches that it
 *                             never holds a secret, even when computed from one
 */
public record VariableDecl(String name, String type, boolean sensitive, YamlNode defaultValue,
                           SourcePosition position, boolean declaredNotSensitive) {

    public VariableDecl(String name, String type, boolean sensitive, YamlNode defaultValue, SourcePosition position) {
        this(name, type, sensitive, defaultValue, position, false);
    }
}
