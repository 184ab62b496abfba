package org.centralita.runtime.publish;

import java.nio.file.Path;

/** Checks the paths inside a bundle so that no upload can write outside its own directory. */
final class BundlePaths {

    private BundlePaths() {
    }

    /** The path with forward slashes, refused when absolute, empty or climbing out with "..". */
    static String normalize(String path) {
        String slashed = path.replace('\\', '/');
        if (slashed.isBlank() || slashed.startsWith("/") || slashed.matches("^[A-Za-z]:.*")) {
            throw new InvalidBundleException("not a relative path: " + path);
        }
        Path normal = Path.of(slashed).normalize();
        String result = normal.toString().replace('\\', '/');
        if (result.isEmpty() || result.equals("..") || result.startsWith("../")) {
            throw new InvalidBundleException("path leaves the bundle: " + path);
        }
        return result;
    }

    static boolean isFlowFile(String path) {
        return path.endsWith(org.centralita.flows.model.FlowSet.FLOW_SUFFIX);
    }
}
