package kitei.release.diff;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.Optional;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.commons.io.input.BoundedInputStream;

/**
 * Counts the rows of each sheet part of an .xlsx as a stream, before POI builds the whole workbook in
 * the heap: a 100,000-row sheet within the unpacked-size bound still costs POI seconds and a hundred
 * megabytes, and is refused here in a fraction of that with constant memory. The zip is read by its
 * central directory (Commons Compress, which POI reads with too): {@code java.util.zip}'s stream reader
 * gives up on the Zip64 data descriptors that POI's own streaming writer emits.
 */
final class SheetRows {

    /**
     * The most a sheet part may unpack to: the gate's bound on a whole workbook. It is checked here too
     * because a zip that {@code java.util.zip} cannot stream (Zip64 data descriptors) passes the gate's
     * own unpacked-size pass unmeasured.
     */
    static final long MAX_PART_BYTES = 16L * 1024 * 1024;

    private SheetRows() {
    }

    /** Why a sheet has too many rows, or empty (also for what is no zip: opening it names that). */
    static Optional<String> excess(byte[] workbook, int maxRows) {
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(workbook)).get()) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                if (entry.getName().startsWith("xl/worksheets/") && entry.getName().endsWith(".xml")) {
                    Optional<String> excess = excess(zip, entry, maxRows);
                    if (excess.isPresent()) {
                        return excess;
                    }
                }
            }
        } catch (IOException | IllegalArgumentException damaged) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** A factory per pass: the JDK does not promise that one is safe to share between threads. No DTD, so no entity expands. */
    private static XMLInputFactory xml() {
        XMLInputFactory xml = XMLInputFactory.newFactory();
        xml.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        xml.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return xml;
    }

    private static Optional<String> excess(ZipFile zip, ZipArchiveEntry entry, int maxRows) throws IOException {
        try (BoundedInputStream part = BoundedInputStream.builder().setInputStream(zip.getInputStream(entry)).setMaxCount(MAX_PART_BYTES + 1).get()) {
            try {
                if (rowsPast(part, maxRows)) {
                    return Optional.of("has more than " + maxRows + " rows in its part " + entry.getName() + ", past the " + maxRows
                            + " a release diff compares");
                }
            } catch (XMLStreamException unparsable) {
                if (part.getCount() > MAX_PART_BYTES) {
                    return Optional.of("unpacks to more than " + MAX_PART_BYTES / (1024 * 1024) + " MiB in its part " + entry.getName()
                            + ", so it is not opened");
                }
            }
            return Optional.empty();
        }
    }

    private static boolean rowsPast(InputStream part, int maxRows) throws XMLStreamException {
        XMLStreamReader reader = xml().createXMLStreamReader(part);
        int rows = 0;
        while (reader.hasNext()) {
            if (reader.next() == XMLStreamReader.START_ELEMENT && reader.getLocalName().equals("row") && ++rows > maxRows) {
                return true;
            }
        }
        return false;
    }
}
