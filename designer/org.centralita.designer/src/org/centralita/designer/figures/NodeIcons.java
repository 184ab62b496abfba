package org.centralita.designer.figures;

import java.net.URL;
import org.centralita.flows.registry.NodeTypes;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ImageRegistry;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;

/**
 * The icon of each node type (the bundle's {@code icons/TYPE.png}, drawn by
 * {@code make-icons.sh}), for the palette and the figures; a type without one shows
 * {@code icons/unknown.png}. The images live as long as the display.
 */
public final class NodeIcons {

    private static final String BUNDLE = "org.centralita.designer";
    private static final String UNKNOWN = "unknown";
    private static ImageRegistry images;

    private NodeIcons() {
    }

    /** Where the icon of {@code typeName} is in the bundle, or null when it has none. */
    public static URL url(String typeName) {
        var bundle = Platform.getBundle(BUNDLE);
        return bundle == null ? null : FileLocator.find(bundle, new org.eclipse.core.runtime.Path("icons/" + typeName + ".png"));
    }

    /** The icon of a node type (the unknown type's icon for a type not in the registry). */
    public static ImageDescriptor descriptor(String typeName) {
        String name = NodeTypes.get(typeName).isPresent() && url(typeName) != null ? typeName : UNKNOWN;
        URL url = url(name);
        return url == null ? ImageDescriptor.getMissingImageDescriptor() : ImageDescriptor.createFromURL(url);
    }

    /** The icon of a node type as an image, shared: callers must not dispose it. */
    public static synchronized Image image(String typeName) {
        if (images == null) {
            images = new ImageRegistry(Display.getCurrent());
        }
        Image image = images.get(typeName);
        if (image == null) {
            images.put(typeName, descriptor(typeName));
            image = images.get(typeName);
        }
        return image;
    }
}
