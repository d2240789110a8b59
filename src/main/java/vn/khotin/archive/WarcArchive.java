package vn.khotin.archive;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.netpreserve.jwarc.WarcWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.khotin.model.Capture;
import vn.khotin.model.Exchange;
import vn.khotin.model.CaptureRef;

/**
 * The raw archive: every HTTP exchange appended to gzip-per-record WARC files (ISO 28500) in one directory,
 * rotated by size. This is the source of truth; the search index is derived from it.
 *
 * <p>Each record is flushed to the file before {@link #append} returns, so a killed process loses at most
 * the record being written, and every earlier record stays readable. A file left torn by a killed process
 * is cut back to its last whole record when the archive is next opened, so every file reads to its end.
 * A {@code 304} is kept as a {@code revisit} record (profile server-not-modified); a body cut short carries
 * {@code WARC-Truncated}. Thread-safe.
 */
public final class WarcArchive implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(WarcArchive.class);
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);
    /** Headers describing the wire encoding, which no longer apply to the decoded body we store. */
    private static final Set<String> WIRE_HEADERS = Set.of("content-encoding", "transfer-encoding", "content-length");

    /** Names of files closed cleanly (or repaired): the only ones not checked for a torn tail on open. */
    static final String SEALED = "khotin-sealed.txt";

    private final Path directory;
    private final long rotateBytes;
    private FileChannel channel;
    private WarcWriter writer;
    private String currentName;
    private int sequence;
    private long lastForce = System.nanoTime();
    private static final long FORCE_INTERVAL_NANOS = 1_000_000_000L;

    /**
     * Opens (creating if needed) an archive directory. New records go to a new file; existing files are
     * never appended to, so a file torn by a crash is left exactly as it was.
     *
     * @param rotateBytes start a new file once the current one is at least this large
     */
    public WarcArchive(Path directory, long rotateBytes) {
        this.directory = directory;
        this.rotateBytes = rotateBytes;
        try {
            Files.createDirectories(directory);
            repairUnsealed();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open WARC directory " + directory, e);
        }
    }

    /** Cuts every file not closed cleanly back to its last whole record, then seals it. */
    private void repairUnsealed() throws IOException {
        Set<String> sealed = sealedNames();
        for (Path file : files()) {
            String name = file.getFileName().toString();
            if (sealed.contains(name)) {
                continue;
            }
            long size = Files.size(file);
            long valid = WarcRepair.validPrefix(file);
            if (valid < size) {
                LOG.warn("WARC file {} ends with a torn record (killed while writing); cut from {} to {} bytes",
                        name, size, valid);
                if (valid == 0) {
                    Files.delete(file);
                    continue;
                }
                try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                    ch.truncate(valid);
                    ch.force(true);
                }
            }
            seal(name);
        }
    }

    private Set<String> sealedNames() throws IOException {
        Path list = directory.resolve(SEALED);
        Set<String> names = new TreeSet<>();
        if (Files.isRegularFile(list)) {
            for (String line : Files.readAllLines(list, java.nio.charset.StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    names.add(line.trim());
                }
            }
        }
        return names;
    }

    private void seal(String name) throws IOException {
        Files.writeString(directory.resolve(SEALED), name + "\n", java.nio.charset.StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.SYNC);
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

    /** Prefix of the extension headers a {@code resource} record carries ({@link ArchivedResource#headers()}). */
    public static final String KHOTIN_HEADER_PREFIX = "WARC-Khotin-";

    /**
     * Appends one {@code resource} record (content not fetched over HTTP) and returns where it starts.
     *
     * @param headers extension headers, each named {@code WARC-Khotin-…}
     */
    public synchronized CaptureRef appendResource(URI target, java.time.Instant date, Map<String, String> headers,
            String contentType, byte[] content) throws IOException {
        ensureOpen();
        WarcResource.Builder b = new WarcResource.Builder(target).date(date)
                .body(MediaType.parse(contentType), content);
        headers.forEach((name, value) -> {
            if (!name.startsWith(KHOTIN_HEADER_PREFIX)) {
                throw new IllegalArgumentException("not a WARC-Khotin-* header: " + name);
            }
            b.addHeader(name, value);
        });
        long offset = writer.position();
        writer.write(b.build());
        return afterWrite(offset);
    }

    /**
     * Where the next record will be written: the end of the open file, or of the last file when none is open
     * (the next record starts a file whose name sorts after it); null for an empty archive.
     */
    public synchronized CaptureRef end() throws IOException {
        if (writer != null) {
            return new CaptureRef(currentName, writer.position());
        }
        List<Path> all = files();
        if (all.isEmpty()) {
            return null;
        }
        Path last = all.get(all.size() - 1);
        return new CaptureRef(last.getFileName().toString(), Files.size(last));
    }

    private CaptureRef write(Capture capture, Map<String, List<String>> requestHeaders,
            Exchange.Truncation truncation, java.time.Instant previousFetch, boolean revisit) throws IOException {
        ensureOpen();
        URI uri = URI.create(capture.url());
        HttpRequest.Builder request = new HttpRequest.Builder("GET", uri.getRawPath().isEmpty() ? "/"
                : uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
        request.addHeader("Host", uri.getAuthority());
        requestHeaders.forEach((name, values) -> values.forEach(v -> request.addHeader(name, v)));
        HttpResponse.Builder response = new HttpResponse.Builder(capture.status(), reason(capture.status()));
        capture.headers().forEach((name, values) -> {
            if (!WIRE_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(v -> response.addHeader(name, v));
            }
        });
        String type = capture.header("Content-Type").orElse("application/octet-stream");
        MediaType mediaType;
        try {
            mediaType = MediaType.parse(type);
        } catch (IllegalArgumentException e) {
            mediaType = MediaType.OCTET_STREAM;
        }
        response.body(mediaType, capture.body());
        WarcRecord main;
        if (revisit) {
            WarcRevisit.Builder b = new WarcRevisit.Builder(uri, WarcRevisit.SERVER_NOT_MODIFIED_1_0)
                    .date(capture.fetchedAt())
                    .body(response.build());
            if (previousFetch != null) {
                b.addHeader("WARC-Refers-To-Target-URI", uri.toString());
                b.addHeader("WARC-Refers-To-Date", previousFetch.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                        .toString());
            }
            main = b.build();
        } else {
            WarcResponse.Builder b = new WarcResponse.Builder(uri)
                    .date(capture.fetchedAt())
                    .body(response.build());
            if (truncation != Exchange.Truncation.NONE) {
                b.truncated(WarcTruncationReason.valueOf(truncation.name()));
            }
            main = b.build();
        }
        WarcRequest warcRequest = new WarcRequest.Builder(uri)
                .date(capture.fetchedAt())
                .concurrentTo(main.id())
                .body(request.build())
                .build();
        long offset = writer.position();
        writer.write(main);
        writer.write(warcRequest);
        return afterWrite(offset);
    }

    private CaptureRef afterWrite(long offset) throws IOException {
        // write() has handed the bytes to the OS, which is what survives a killed process; fsync (for a
        // machine crash) is grouped to once a second so that it does not bound the crawl rate.
        if (System.nanoTime() - lastForce > FORCE_INTERVAL_NANOS) {
            channel.force(false);
            lastForce = System.nanoTime();
        }
        CaptureRef ref = new CaptureRef(currentName, offset);
        if (channel.size() >= rotateBytes) {
            closeCurrent();
        }
        return ref;
    }

    /** Reads one capture back from its reference. */
    public Optional<Capture> read(CaptureRef ref) throws IOException {
        return readAt(ref, record -> record instanceof WarcResponse response ? Optional.of(toCapture(response))
                : Optional.empty());
    }

    /**
     * Reads one {@code resource} record back from its reference (where {@link #appendResource} put it); empty when
     * the reference names another kind of record or nothing.
     */
    public Optional<ArchivedResource> readResource(CaptureRef ref) throws IOException {
        return readAt(ref, record -> record instanceof WarcResource resource ? Optional.of(toResource(resource, ref))
                : Optional.empty());
    }

    /** A record of this archive read back from its reference; empty outside the archive or where there is none. */
    private <T> Optional<T> readAt(CaptureRef ref, RecordReader<T> convert) throws IOException {
        Path file = directory.resolve(ref.file());
        if (!file.normalize().startsWith(directory.normalize()) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (WarcReader reader = new WarcReader(file)) {
            reader.position(ref.offset());
            Optional<WarcRecord> record = reader.next();
            return record.isPresent() ? convert.read(record.get()) : Optional.empty();
        }
    }

    /** Turns the record at a reference into what the caller wants, or empty when it is another kind. */
    @FunctionalInterface
    private interface RecordReader<T> {
        Optional<T> read(WarcRecord record) throws IOException;
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
        walk(null, visitor(captures, resources));
    }

    /**
     * Shows every record that stands for a fetch or an import to {@code visitor}, in the order written (oldest file
     * first): what {@link #forEach(Consumer, Consumer)} streams, and also what it passes over, so that a replay can
     * account for every record it read.
     */
    public void walk(RecordVisitor visitor) throws IOException {
        walk(null, visitor);
    }

    /**
     * Streams the {@code resource} records from {@code from} on (all of them when it is null): those in its file
     * at or past its offset, then those of every later file.
     */
    public void forEachResourceFrom(CaptureRef from, Consumer<ArchivedResource> resources) throws IOException {
        walk(from, visitor(capture -> { }, resources));
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

    private void walk(CaptureRef from, RecordVisitor visitor) throws IOException {
        for (Path file : files()) {
            String name = file.getFileName().toString();
            if (from != null && name.compareTo(from.file()) < 0) {
                continue;
            }
            try (WarcReader reader = new WarcReader(file)) {
                reader.setLenient(true);
                if (from != null && name.equals(from.file())) {
                    reader.position(from.offset());
                }
                readFile(reader, name, visitor);
            }
        }
    }

    private static void readFile(WarcReader reader, String name, RecordVisitor visitor) {
        while (true) {
            Object item;
            CaptureRef ref;
            try {
                Optional<WarcRecord> next = reader.next();
                if (next.isEmpty()) {
                    break;
                }
                // position() is the start of the record just read
                ref = new CaptureRef(name, reader.position());
                if (next.get() instanceof WarcResponse response) {
                    item = incomplete(response) ? RecordVisitor.Evidence.TRUNCATED
                            : new ArchivedCapture(toCapture(response), ref);
                } else if (next.get() instanceof WarcRevisit) {
                    item = RecordVisitor.Evidence.NOT_MODIFIED;
                } else if (next.get() instanceof WarcResource resource) {
                    item = toResource(resource, ref);
                } else {
                    continue;
                }
            } catch (IOException | RuntimeException e) {
                LOG.warn("WARC file {} is damaged after offset {}: {}", name, reader.position(), e.toString());
                visitor.damaged(name, reader.position());
                break;
            }
            // outside the try: a visitor's own failure is not damage to the file
            switch (item) {
                case ArchivedCapture capture -> visitor.capture(capture);
                case ArchivedResource resource -> visitor.resource(resource);
                case RecordVisitor.Evidence kind -> visitor.evidence(ref, kind);
                default -> throw new IllegalStateException(item.toString());
            }
        }
    }

    private static ArchivedResource toResource(WarcResource resource, CaptureRef ref) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        resource.headers().map().forEach((name, values) -> {
            if (name.regionMatches(true, 0, KHOTIN_HEADER_PREFIX, 0, KHOTIN_HEADER_PREFIX.length())
                    && !values.isEmpty()) {
                headers.put(name, values.get(0));
            }
        });
        byte[] content = resource.body().stream().readAllBytes();
        return new ArchivedResource(resource.target(), resource.date(), headers, resource.contentType().toString(),
                content, ref);
    }

    /** A body the server cut short is evidence, not content: re-indexing skips it. */
    private static boolean incomplete(WarcResponse response) {
        WarcTruncationReason t = response.truncated();
        return t == WarcTruncationReason.DISCONNECT || t == WarcTruncationReason.TIME;
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
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(directory)) {
            return new ArrayList<>(list.filter(p -> p.getFileName().toString().endsWith(".warc.gz"))
                    .sorted()
                    .toList());
        }
    }

    /** Total bytes of all WARC files. */
    public long totalBytes() throws IOException {
        return totalBytes(directory);
    }

    /** Total bytes of the WARC files in a directory, without opening it as an archive. */
    public static long totalBytes(Path directory) throws IOException {
        long total = 0;
        for (Path p : files(directory)) {
            try {
                total += Files.size(p);
            } catch (java.nio.file.NoSuchFileException gone) {
                // removed meanwhile
            }
        }
        return total;
    }

    @Override
    public synchronized void close() throws IOException {
        closeCurrent();
    }

    private static Capture toCapture(WarcResponse response) throws IOException {
        HttpResponse http = response.http();
        byte[] body = http.body().stream().readAllBytes();
        return new Capture(response.target(), http.status(), http.headers().map(), body, response.date());
    }

    private void ensureOpen() throws IOException {
        if (writer != null) {
            return;
        }
        Set<String> existing = new TreeSet<>();
        for (Path p : files()) {
            existing.add(p.getFileName().toString());
        }
        String name;
        do {
            name = "khotin-" + STAMP.format(java.time.Instant.now()) + "-" + String.format(Locale.ROOT, "%05d", sequence++)
                    + ".warc.gz";
        } while (existing.contains(name));
        channel = FileChannel.open(directory.resolve(name), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        writer = new WarcWriter(channel, WarcCompression.GZIP);
        currentName = name;
    }

    private void closeCurrent() throws IOException {
        if (writer != null) {
            channel.force(true);
            writer.close();
            seal(currentName);
            writer = null;
            channel = null;
            currentName = null;
        }
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 301 -> "Moved Permanently";
            case 302 -> "Found";
            case 304 -> "Not Modified";
            case 307 -> "Temporary Redirect";
            case 308 -> "Permanent Redirect";
            case 403 -> "Forbidden";
            case 410 -> "Gone";
            case 404 -> "Not Found";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 503 -> "Service Unavailable";
            default -> "Status";
        };
    }
}
