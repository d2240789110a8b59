package vn.khotin.pipeline;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * The lines of a JSON Lines file, gzip-compressed or not (told by its first bytes, not its name), as raw bytes:
 * the archive keeps each line exactly as read. Counts the file bytes consumed, for a progress bar over a
 * compressed file whose line count is unknown until the end. Not thread-safe.
 */
final class ImportInput implements Closeable {

    private static final int BUFFER = 1 << 16;

    private final Counting counted;
    private final InputStream in;
    private final long size;
    private byte[] buffer = new byte[BUFFER];
    private int start;
    private int end;
    private long lineNumber;
    private boolean eof;

    private ImportInput(Counting counted, InputStream in, long size) {
        this.counted = counted;
        this.in = in;
        this.size = size;
    }

    static ImportInput open(Path file) throws IOException {
        long size = Files.size(file);
        Counting counted = new Counting(Files.newInputStream(file));
        BufferedInputStream buffered = new BufferedInputStream(counted, BUFFER);
        try {
            buffered.mark(2);
            boolean gzip = buffered.read() == 0x1f && buffered.read() == 0x8b;
            buffered.reset();
            InputStream in = gzip ? new GZIPInputStream(buffered, BUFFER) : buffered;
            return new ImportInput(counted, in, size);
        } catch (IOException e) {
            buffered.close();
            throw e;
        }
    }

    /** The next line without its line break (a UTF-8 byte-order mark before the first is dropped); null at the end. */
    byte[] nextLine() throws IOException {
        while (true) {
            for (int i = start; i < end; i++) {
                if (buffer[i] == '\n') {
                    byte[] line = take(i, i + 1);
                    return line;
                }
            }
            if (eof) {
                return start < end ? take(end, end) : null;
            }
            fill();
        }
    }

    private byte[] take(int lineEnd, int next) {
        int from = start;
        int to = lineEnd > from && buffer[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
        if (lineNumber == 0 && to - from >= 3 && (buffer[from] & 0xFF) == 0xEF && (buffer[from + 1] & 0xFF) == 0xBB
                && (buffer[from + 2] & 0xFF) == 0xBF) {
            from += 3;
        }
        start = next;
        lineNumber++;
        return Arrays.copyOfRange(buffer, from, to);
    }

    private void fill() throws IOException {
        if (start > 0) {
            System.arraycopy(buffer, start, buffer, 0, end - start);
            end -= start;
            start = 0;
        }
        if (end == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2); // a line longer than the buffer
        }
        int n = in.read(buffer, end, buffer.length - end);
        if (n < 0) {
            eof = true;
        } else {
            end += n;
        }
    }

    /** The number of the line last returned (1-based). */
    long lineNumber() {
        return lineNumber;
    }

    /** File bytes read so far (compressed bytes for a gzip file). */
    long bytesRead() {
        return counted.count;
    }

    /** The file's size in bytes. */
    long size() {
        return size;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Counts the bytes read through it; read by the progress report. */
    private static final class Counting extends FilterInputStream {
        volatile long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
