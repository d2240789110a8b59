package vn.khotin.archive;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.khotin.model.Capture;
import vn.khotin.model.CaptureRef;
import vn.khotin.model.Exchange;

/**
 * The raw archive: every HTTP exchange appended to gzip-per-record WARC files (ISO 28500) in one directory,
 * rotated by size. This is the source of truth; the search index is derived from it.
 *
 * <p>Each record is flushed to the file before {@link #append} returns, so a killed process loses at most
 * the record being written, and every earlier record stays readable. A file left torn by a killed process
 * is cut back to its last whole record when the archive is next opened, so every file reads to its end.
 * A {@code 304} is kept as a {@code revisit} record (profile server-not-modified); a body cut short carries
 * {@code WARC-Truncated}. Thread-safe.
 *
 * <p>The one entry point to the archive. Its parts: {@code TornTailRepair} cuts torn files back when it opens,
 * {@code ExchangeRecords} builds the WARC records, {@code OpenWarcFile} writes them and rotates, {@code
 * StoredRecords} reads one back by reference, {@code ArchiveWalk} reads them all in order, {@code ArchiveFiles}
 * lists the files and keeps the list of sealed ones.
 */
public final class WarcArchive implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(WarcArchive.class);

    /** Names of files closed cleanly (or repaired): the only ones not checked for a torn tail on open. */
    static final String SEALED = ArchiveFiles.SEALED;

    /** Prefix of the extension headers a {@code resource} record carries ({@link ArchivedResource#headers()}). */
    public static final String KHOTIN_HEADER_PREFIX = ExchangeRecords.KHOTIN_HEADER_PREFIX;

    private final Path directory;
    private final OpenWarcFile current;

    /**
     * Opens (creating if needed) an archive directory. New records go to a new file; existing files are
     * never appended to, so a file torn by a crash is left exactly as it was.
     *
     * @param rotateBytes start a new file once the current one is at least this large
     */
    public WarcArchive(Path directory, long rotateBytes) {
        this.directory = directory;
        this.current = new OpenWarcFile(directory, rotateBytes);
        try {
            Files.createDirectories(directory);
            TornTailRepair.repairUnsealed(directory, LOG);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open WARC directory " + directory, e);
        }
    }

    /**
     * Appends one exchange: its response (or, for a 304, a revisit record) then the request we sent, and
     * returns where the response record starts.
     */
    public synchronized CaptureRef append(Exchange exchange) throws IOException {
        return write(exchange.capture(), exchange.requestHeaders(), exchange.truncation(),
                exchange.isRevisit() ? exchange.previousFetch() : null, exchange.isRevisit());
    }

    /**
     * Appends a request/response pair for one capture and returns where the response record starts.
     *
     * @param requestHeaders the headers we sent, recorded in the request record
     */
    public synchronized CaptureRef append(Capture capture, Map<String, List<String>> requestHeaders)
            throws IOException {
        return write(capture, requestHeaders, Exchange.Truncation.NONE, null, false);
    }

    /**
     * Appends one {@code resource} record (content not fetched over HTTP) and returns where it starts.
     *
     * @param headers extension headers, each named {@code WARC-Khotin-…}
     */
    public synchronized CaptureRef appendResource(URI target, Instant date, Map<String, String> headers,
            String contentType, byte[] content) throws IOException {
        current.open();
        return current.write(List.of(ExchangeRecords.resource(target, date, headers, contentType, content)));
    }

    private CaptureRef write(Capture capture, Map<String, List<String>> requestHeaders,
            Exchange.Truncation truncation, Instant previousFetch, boolean revisit) throws IOException {
        current.open();
        return current.write(ExchangeRecords.exchange(capture, requestHeaders, truncation, previousFetch, revisit));
    }

    /**
     * Where the next record will be written: the end of the open file, or of the last file when none is open
     * (the next record starts a file whose name sorts after it); null for an empty archive.
     */
    public synchronized CaptureRef end() throws IOException {
        CaptureRef open = current.position();
        if (open != null) {
            return open;
        }
        List<Path> all = files();
        if (all.isEmpty()) {
            return null;
        }
        Path last = all.get(all.size() - 1);
        return new CaptureRef(last.getFileName().toString(), Files.size(last));
    }

    /** Reads one capture back from its reference. */
    public Optional<Capture> read(CaptureRef ref) throws IOException {
        return StoredRecords.captureAt(directory, ref);
    }

    /**
     * Reads one {@code resource} record back from its reference (where {@link #appendResource} put it); empty when
     * the reference names another kind of record or nothing.
     */
    public Optional<ArchivedResource> readResource(CaptureRef ref) throws IOException {
        return StoredRecords.resourceAt(directory, ref);
    }

    /**
     * Streams every response capture in every WARC file, oldest file first. A file cut short by a crash
     * yields the records before the damage, and a warning is logged for the rest.
     */
    public void forEach(Consumer<ArchivedCapture> consumer) throws IOException {
        forEach(consumer, resource -> { });
    }

    /**
     * Streams every response capture and every {@code resource} record, in the order they were written (oldest
     * file first), so that whatever was archived last for an article wins when replayed.
     */
    public void forEach(Consumer<ArchivedCapture> captures, Consumer<ArchivedResource> resources) throws IOException {
        ArchiveWalk.walk(directory, null, visitor(captures, resources), LOG);
    }

    /**
     * Shows every record that stands for a fetch or an import to {@code visitor}, in the order written (oldest file
     * first): what {@link #forEach(Consumer, Consumer)} streams, and also what it passes over, so that a replay can
     * account for every record it read.
     */
    public void walk(RecordVisitor visitor) throws IOException {
        ArchiveWalk.walk(directory, null, visitor, LOG);
    }

    /**
     * Streams the {@code resource} records from {@code from} on (all of them when it is null): those in its file
     * at or past its offset, then those of every later file.
     */
    public void forEachResourceFrom(CaptureRef from, Consumer<ArchivedResource> resources) throws IOException {
        ArchiveWalk.walk(directory, from, visitor(capture -> { }, resources), LOG);
    }

    private static RecordVisitor visitor(Consumer<ArchivedCapture> captures, Consumer<ArchivedResource> resources) {
        return new RecordVisitor() {
            @Override
            public void capture(ArchivedCapture capture) {
                captures.accept(capture);
            }

            @Override
            public void resource(ArchivedResource resource) {
                resources.accept(resource);
            }
        };
    }

    /** The WARC files of this archive, in the order they were written. */
    public List<Path> files() throws IOException {
        return files(directory);
    }

    /**
     * The WARC files in a directory, in the order they were written, without opening it as an archive (which
     * repairs torn tails, so only the process holding the data directory may): for read-only tools.
     */
    public static List<Path> files(Path directory) throws IOException {
        return ArchiveFiles.list(directory);
    }

    /** Total bytes of all WARC files. */
    public long totalBytes() throws IOException {
        return totalBytes(directory);
    }

    /** Total bytes of the WARC files in a directory, without opening it as an archive. */
    public static long totalBytes(Path directory) throws IOException {
        return ArchiveFiles.totalBytes(directory);
    }

    @Override
    public synchronized void close() throws IOException {
        current.close();
    }
}
