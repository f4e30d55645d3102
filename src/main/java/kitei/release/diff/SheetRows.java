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

/**
 * Counts the rows of each sheet part of an .xlsx as a stream, before POI builds the whole workbook in
 * the heap: a 100,000-row sheet within the unpacked-size bound still costs POI seconds and a hundred
 * megabytes, and is refused here in a fraction of that with constant memory. The zip is read by its
 * central directory (Commons Compress, which POI reads with too): {@code java.util.zip}'s stream reader
 * gives up on the Zip64 data descriptors that POI's own streaming writer emits.
 */
final class SheetRows {

    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    private SheetRows() {
    }

    /** Why a sheet has too many rows, or empty (also for what is no zip: opening it names that). */
    static Optional<String> excess(byte[] workbook, int maxRows) {
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(workbook)).get()) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                if (entry.getName().startsWith("xl/worksheets/") && entry.getName().endsWith(".xml") && rowsPast(zip, entry, maxRows)) {
                    return Optional.of("has more than " + maxRows + " rows in its part " + entry.getName() + ", past the " + maxRows
                            + " a release diff compares");
                }
            }
        } catch (IOException | XMLStreamException | IllegalArgumentException damaged) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean rowsPast(ZipFile zip, ZipArchiveEntry entry, int maxRows) throws IOException, XMLStreamException {
        try (InputStream part = zip.getInputStream(entry)) {
            XMLStreamReader reader = XML.createXMLStreamReader(part);
            int rows = 0;
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamReader.START_ELEMENT && reader.getLocalName().equals("row") && ++rows > maxRows) {
                    return true;
                }
            }
            return false;
        }
    }
}
