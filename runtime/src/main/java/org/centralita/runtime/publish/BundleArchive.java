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
import org.centralita.flows.yaml.ReadLimits;

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

    /** The most files a bundle may hold: flows, calendars, rules and recordings of a contact center fit many times. */
    public static final int MAX_ENTRIES = 10_000;

    /**
     * Reads a zip upload while it streams in; refused, naming the entry and the limit, when an
     * entry leaves the bundle, when it holds more than {@link #MAX_ENTRIES} files, when a YAML
     * file unpacks past {@link ReadLimits#MAX_FILE_BYTES} or the whole past {@code maxBytes} (a
     * small zip can unpack to gigabytes: no entry is read further than its limit).
     */
    public static FlowBundle fromZip(InputStream in, long maxBytes) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        long total = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw new InvalidBundleException("the bundle holds more than " + MAX_ENTRIES + " entries");
                }
                if (entry.isDirectory()) {
                    continue;
                }
                long own = limitOf(entry.getName(), maxBytes);
                long limit = Math.min(maxBytes - total, own);
                byte[] content = zip.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
                if (content.length > limit) {
                    throw new InvalidBundleException(content.length > own && own < maxBytes
                            ? entry.getName() + ": a flow or calendar file may be at most " + ReadLimits.size(own)
                            : entry.getName() + ": the bundle unpacks to more than " + ReadLimits.size(maxBytes));
                }
                total += content.length;
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

    /** The most bytes {@code name} may unpack to: a flow or calendar file is read whole, so it has its own limit. */
    static long limitOf(String name, long maxBytes) {
        return isYaml(name) ? Math.min(maxBytes, ReadLimits.MAX_FILE_BYTES) : maxBytes;
    }

    private static boolean isYaml(String name) {
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }
}
