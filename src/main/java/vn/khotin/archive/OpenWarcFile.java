package vn.khotin.archive;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcWriter;
import vn.khotin.model.CaptureRef;

/**
 * The WARC file being written, if any. A file is created for the first record after the archive opens or after a
 * rotation, under a new name that sorts after every existing one, so no existing file is ever appended to; it is
 * closed and sealed once it reaches the rotation size. Not thread-safe: the archive calls it under its own lock.
 */
final class OpenWarcFile {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final long FORCE_INTERVAL_NANOS = 1_000_000_000L;

    private final Path directory;
    private final long rotateBytes;
    private FileChannel channel;
    private WarcWriter writer;
    private String currentName;
    private int sequence;
    private long lastForce = System.nanoTime();

    OpenWarcFile(Path directory, long rotateBytes) {
        this.directory = directory;
        this.rotateBytes = rotateBytes;
    }

    /** Where the next record goes in the open file; null when no file is open. */
    CaptureRef position() throws IOException {
        return writer == null ? null : new CaptureRef(currentName, writer.position());
    }

    /** Opens a new file unless one is open. */
    void open() throws IOException {
        if (writer != null) {
            return;
        }
        Set<String> existing = new TreeSet<>();
        for (Path p : ArchiveFiles.list(directory)) {
            existing.add(p.getFileName().toString());
        }
        String name;
        do {
            name = "khotin-" + STAMP.format(Instant.now()) + "-" + String.format(Locale.ROOT, "%05d", sequence++)
                    + ".warc.gz";
        } while (existing.contains(name));
        channel = FileChannel.open(directory.resolve(name), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        writer = new WarcWriter(channel, WarcCompression.GZIP);
        currentName = name;
    }

    /**
     * Writes records one after the other into the file {@link #open()} opened and returns where the first starts;
     * rotates when the file has reached its size.
     */
    CaptureRef write(List<? extends WarcRecord> records) throws IOException {
        long offset = writer.position();
        for (WarcRecord record : records) {
            writer.write(record);
        }
        // write() has handed the bytes to the OS, which is what survives a killed process; fsync (for a
        // machine crash) is grouped to once a second so that it does not bound the crawl rate.
        if (System.nanoTime() - lastForce > FORCE_INTERVAL_NANOS) {
            channel.force(false);
            lastForce = System.nanoTime();
        }
        CaptureRef ref = new CaptureRef(currentName, offset);
        if (channel.size() >= rotateBytes) {
            close();
        }
        return ref;
    }

    /** Closes and seals the open file, if any; the next record opens a new one. */
    void close() throws IOException {
        if (writer != null) {
            channel.force(true);
            writer.close();
            ArchiveFiles.seal(directory, currentName);
            writer = null;
            channel = null;
            currentName = null;
        }
    }
}
