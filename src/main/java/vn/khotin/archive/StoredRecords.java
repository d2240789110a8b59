package vn.khotin.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;
import vn.khotin.model.Capture;
import vn.khotin.model.CaptureRef;

/**
 * Our records read back from the WARC ones the archive wrote ({@link ExchangeRecords} builds them): a response as a
 * {@link Capture}, a {@code resource} record as an {@link ArchivedResource}, either one fetched by its reference.
 */
final class StoredRecords {

    private StoredRecords() {
    }

    /** The capture whose response record starts at {@code ref}; empty for another kind of record or nothing. */
    static Optional<Capture> captureAt(Path directory, CaptureRef ref) throws IOException {
        return readAt(directory, ref, record -> record instanceof WarcResponse response
                ? Optional.of(capture(response)) : Optional.empty());
    }

    /** The {@code resource} record that starts at {@code ref}; empty for another kind of record or nothing. */
    static Optional<ArchivedResource> resourceAt(Path directory, CaptureRef ref) throws IOException {
        return readAt(directory, ref, record -> record instanceof WarcResource resource
                ? Optional.of(resource(resource, ref)) : Optional.empty());
    }

    static Capture capture(WarcResponse response) throws IOException {
        HttpResponse http = response.http();
        byte[] body = http.body().stream().readAllBytes();
        return new Capture(response.target(), http.status(), http.headers().map(), body, response.date());
    }

    /** A resource record with its {@code WARC-Khotin-*} headers only: the standard ones are the record's fields. */
    static ArchivedResource resource(WarcResource resource, CaptureRef ref) throws IOException {
        String prefix = ExchangeRecords.KHOTIN_HEADER_PREFIX;
        Map<String, String> headers = new LinkedHashMap<>();
        resource.headers().map().forEach((name, values) -> {
            if (name.regionMatches(true, 0, prefix, 0, prefix.length()) && !values.isEmpty()) {
                headers.put(name, values.get(0));
            }
        });
        byte[] content = resource.body().stream().readAllBytes();
        return new ArchivedResource(resource.target(), resource.date(), headers, resource.contentType().toString(),
                content, ref);
    }

    /** A body the server cut short is evidence, not content: re-indexing skips it. */
    static boolean incomplete(WarcResponse response) {
        WarcTruncationReason t = response.truncated();
        return t == WarcTruncationReason.DISCONNECT || t == WarcTruncationReason.TIME;
    }

    /** A record of this archive read back from its reference; empty outside the archive or where there is none. */
    private static <T> Optional<T> readAt(Path directory, CaptureRef ref, Conversion<T> convert) throws IOException {
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
    private interface Conversion<T> {
        Optional<T> read(WarcRecord record) throws IOException;
    }
}
