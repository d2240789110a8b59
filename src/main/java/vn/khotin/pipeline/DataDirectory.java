package vn.khotin.pipeline;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The data directory (default {@code index/}) and the lock that makes one khotin process its only writer.
 *
 * <pre>
 * lucene/       the Lucene index (derived; rebuilt by `khotin reindex`)
 * lucene.building/, lucene.built/, lucene.old/   a rebuild's new index and the swap (see SideIndex)
 * warc/         raw captures, khotin-&lt;timestamp&gt;-&lt;seq&gt;.warc.gz (the source of truth)
 * crawl.db      frontier and per-URL status
 * reports/      one JSON crawl report per run
 * khotin.lock   held by the process that writes here
 * </pre>
 */
public final class DataDirectory implements Closeable {

    private final Path root;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private DataDirectory(Path root, FileChannel lockChannel, FileLock lock) {
        this.root = root;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /**
     * Opens the directory for writing, creating it if needed, and takes its lock.
     *
     * @throws PipelineException when the directory cannot be created or another khotin process holds it
     */
    public static DataDirectory openForWriting(Path root) {
        Path absolute = root.toAbsolutePath().normalize();
        if (IndexDirectories.holdsIndex(absolute)) {
            // an archive's lucene/ (or an evaluation's index) named as the data directory: opening it would make an
            // empty archive inside the index, served as "0 bài"
            Path parent = absolute.getParent();
            String hint = parent != null && absolute.getFileName().toString().equals("lucene")
                    ? "; thư mục dữ liệu của nó là " + parent : "";
            throw PipelineException.configuration(absolute + " là một chỉ mục Lucene (có tệp segments_N), không phải"
                    + " thư mục dữ liệu (chứa lucene/ và warc/); --data cần thư mục dữ liệu" + hint + ".");
        }
        try {
            Files.createDirectories(absolute);
        } catch (IOException e) {
            throw PipelineException.runtime("Không tạo được thư mục dữ liệu " + absolute + ": " + Failures.describe(e), e);
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(absolute.resolve("khotin.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw lockedBy(absolute);
            }
            channel.truncate(0);
            channel.write(StandardCharsets.UTF_8.encode(ProcessHandle.current().pid() + "\n"));
            channel.force(false);
            return new DataDirectory(absolute, channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw lockedBy(absolute);
        } catch (IOException e) {
            closeQuietly(channel);
            throw PipelineException.runtime("Không khóa được thư mục dữ liệu " + absolute + ": " + Failures.describe(e), e);
        }
    }

    private static PipelineException lockedBy(Path root) {
        String pid = lockHolder(root).map(Object::toString).orElse(null);
        String who = pid == null ? "" : " (PID " + pid + ")";
        String stop = pid == null ? "hãy dừng tiến trình đó (Ctrl-C trong cửa sổ của nó)"
                : "hãy dừng tiến trình đó (Ctrl-C trong cửa sổ của nó, hoặc: kill " + pid + ")";
        return PipelineException.runtime("Thư mục dữ liệu " + root + " đang được một tiến trình khotin khác sử dụng"
                + who + "; " + stop + " hoặc chọn --data khác. Các lệnh chỉ đọc (stats, eval … --index) vẫn chạy được"
                + " bên cạnh nó.", null);
    }

    /**
     * The process holding the directory's lock, if one does (this process included): its PID as it wrote it in
     * {@code khotin.lock}. Only looks: never creates or changes the file.
     */
    public static java.util.Optional<Long> lockHolder(Path root) {
        Path file = root.toAbsolutePath().normalize().resolve("khotin.lock");
        if (!Files.isRegularFile(file)) {
            return java.util.Optional.empty();
        }
        boolean held;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            FileLock probe = channel.tryLock(0, Long.MAX_VALUE, true);
            held = probe == null;
            if (probe != null) {
                probe.release();
            }
        } catch (OverlappingFileLockException e) {
            held = true; // this very process holds it
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
        if (!held) {
            return java.util.Optional.empty();
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            return java.util.Optional.of(Long.parseLong(text));
        } catch (IOException | NumberFormatException e) {
            return java.util.Optional.of(-1L);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // already failing; the original error is what the user needs
            }
        }
    }

    public Path root() {
        return root;
    }

    public Path lucene() {
        return root.resolve("lucene");
    }

    public Path warc() {
        return root.resolve("warc");
    }

    public Path reports() {
        return root.resolve("reports");
    }

    public Path crawlDb() {
        return root.resolve("crawl.db");
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            lockChannel.close();
        }
    }
}
