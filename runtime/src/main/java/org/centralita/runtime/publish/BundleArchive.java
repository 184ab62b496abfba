package org.centralita.runtime.publish;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** The zip form of a bundle, as `centralita publish` uploads it to {@code POST /flows}. */
public final class BundleArchive {

    /** The content type of the upload. */
    public static final String CONTENT_TYPE = "application/zip";

    /** The header naming who publishes (the user name), kept in the runtime's version history. */
    public static final String PUBLISHER_HEADER = "X-Centralita-Publisher";

    private BundleArchive() {
    }

    public static byte[] toZip(FlowBundle bundle) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> file : bundle.files().entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing a zip in memory", e);
        }
        return bytes.toByteArray();
    }

    /**
     * Reads a zip upload; refused when an entry leaves the bundle or the unpacked size passes
     * {@code maxBytes} (a small zip can unpack to gigabytes).
     */
    public static FlowBundle fromZip(InputStream in, long maxBytes) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.isDirectory()) {
                    continue;
                }
                byte[] content = zip.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes - total + 1));
                total += content.length;
                if (total > maxBytes) {
                    throw new InvalidBundleException("the bundle unpacks to more than " + maxBytes + " bytes");
                }
                files.put(entry.getName(), content);
            }
        } catch (IOException e) {
            throw new InvalidBundleException("not a readable zip archive: " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new InvalidBundleException("the bundle holds no files");
        }
        return FlowBundle.of(files);
    }
}
