package vn.khotin.replica;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * The corpus file behind the replica (JSON Lines): decompressed once when gzipped, so that any line can be
 * read again by offset; scanned into {@link Line}s at load; read back one line at a time when a page needs it.
 */
final class CorpusFile implements AutoCloseable {

    /** How many problems the operator is told about; the rest are only counted. */
    static final int MAX_WARNINGS = 20;

    /**
     * What the store keeps of a corpus line before it has an ID: where it lies, its head fields, its title
     * signature and, for a numeric corpus ID, that ID (else -1 and the text ID).
     */
    record Line(long offset, int length, String textId, String date, String updated, String category, long sig,
            List<String> tags, long numericId) {
    }

    private final Path file;
    private final boolean tempFile;
    private final FileChannel channel;

    private CorpusFile(Path file, boolean tempFile) throws IOException {
        this.file = file;
        this.tempFile = tempFile;
        try {
            this.channel = FileChannel.open(file, StandardOpenOption.READ);
        } catch (IOException e) {
            if (tempFile) {
                Files.deleteIfExists(file);
            }
            throw e;
        }
    }

    /** Opens a corpus (plain or .gz; a .gz is decompressed to a temporary file, deleted on close). */
    static CorpusFile open(Path corpus) throws IOException {
        if (!corpus.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
            return new CorpusFile(corpus, false);
        }
        Path file = Files.createTempFile("khotin-replica-", ".jsonl");
        try (InputStream in = new GZIPInputStream(Files.newInputStream(corpus), 1 << 16)) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return new CorpusFile(file, true);
    }

    Path path() {
        return file;
    }

    /** The usable lines of the file, in file order, and how many lines were skipped as unreadable. */
    record Scan(List<Line> lines, int skipped) {
    }

    /**
     * Reads every line's head. A line whose head cannot be read is skipped and, among the first
     * {@link #MAX_WARNINGS} problems, described in {@code warnings}.
     */
    Scan scan(List<String> warnings) throws IOException {
        LineCollector lines = new LineCollector(warnings);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buf = ByteBuffer.allocate(1 << 20);
            long base = 0; // file offset of the buffer's first byte
            int filled = 0;
            boolean eof = false;
            while (!eof || filled > 0) {
                if (!eof) {
                    buf.position(filled);
                    int n = ch.read(buf);
                    if (n < 0) {
                        eof = true;
                    } else {
                        filled += n;
                    }
                }
                int start = lines.take(buf.array(), filled, eof, base);
                if (eof) {
                    break;
                }
                buf = keepTail(buf, start, filled);
                base += start;
                filled -= start;
            }
        }
        return lines.scan();
    }

    /**
     * Moves the incomplete last line ({@code start} to {@code filled}) to the front of the buffer, into one twice as
     * large when it fills the buffer: a line longer than the buffer must still be read whole.
     */
    private static ByteBuffer keepTail(ByteBuffer buf, int start, int filled) {
        byte[] arr = buf.array();
        int kept = filled - start;
        System.arraycopy(arr, start, arr, 0, kept);
        if (kept < arr.length) {
            return buf;
        }
        ByteBuffer bigger = ByteBuffer.allocate(arr.length * 2);
        bigger.put(0, arr, 0, kept);
        return bigger;
    }

    /** The lines a scan finds, counted from one, with the problems of those it skips. */
    private static final class LineCollector {
        private final List<Line> lines = new ArrayList<>();
        private final List<String> warnings;
        private int skipped;
        private long lineNo;

        LineCollector(List<String> warnings) {
            this.warnings = warnings;
        }

        /**
         * Takes the complete lines of {@code arr[0, filled)}, and at the end of the file the last one without its
         * newline.
         *
         * @param base the file offset of {@code arr[0]}
         * @return where the bytes not taken start
         */
        int take(byte[] arr, int filled, boolean eof, long base) {
            int start = 0;
            for (int i = 0; i < filled; i++) {
                if (arr[i] == '\n' || (eof && i == filled - 1)) {
                    int end = arr[i] == '\n' ? i : i + 1;
                    lineNo++;
                    int len = end - start;
                    if (len > 0 && end > 0 && arr[end - 1] == '\r') {
                        len--;
                    }
                    if (len > 0 && !isBlank(arr, start, len)) {
                        add(arr, start, len, base + start);
                    }
                    start = i + 1;
                }
            }
            return start;
        }

        private void add(byte[] arr, int start, int len, long offset) {
            try {
                lines.add(line(arr, start, len, offset));
            } catch (RuntimeException e) {
                skipped++;
                if (warnings.size() < MAX_WARNINGS) {
                    warnings.add("dòng " + lineNo + ": " + e.getMessage());
                }
            }
        }

        Scan scan() {
            return new Scan(lines, skipped);
        }
    }

    private static Line line(byte[] arr, int start, int len, long offset) {
        ArticleJson.Head h = ArticleJson.scan(arr, start, len);
        long num = h.numeric() ? Long.parseLong(h.id()) : -1;
        return new Line(offset, len, h.numeric() ? null : h.id(), h.date(), h.updated(), h.category(),
                TextHashes.titleSignature(h.title()), h.tags(), num);
    }

    private static boolean isBlank(byte[] a, int off, int len) {
        for (int i = off; i < off + len; i++) {
            if (a[i] != ' ' && a[i] != '\t' && a[i] != '\r') {
                return false;
            }
        }
        return true;
    }

    /** The bytes of the line at this offset (safe from several threads: positional reads). */
    byte[] read(long offset, int length) {
        byte[] b = new byte[length];
        ByteBuffer bb = ByteBuffer.wrap(b);
        try {
            while (bb.hasRemaining()) {
                int n = channel.read(bb, offset + bb.position());
                if (n < 0) {
                    throw new IOException("corpus file shrank");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b;
    }

    @Override
    public void close() throws IOException {
        channel.close();
        if (tempFile) {
            Files.deleteIfExists(file);
        }
    }
}
