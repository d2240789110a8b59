package vn.khotin.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * The temporary token file of {@link TrigramTrainer}: sentences of word ids as 16-bit chars, each followed by a
 * 0, written once and read back once per pass.
 */
final class TokenFile {

    private TokenFile() {
    }

    /** Writes sentences of word ids as 16-bit chars, each followed by a 0. */
    static final class Writer implements AutoCloseable {
        private final OutputStream out;
        private final byte[] buffer = new byte[1 << 16];
        private int used;

        Writer(OutputStream out) {
            this.out = out;
        }

        void segment(int[] ids, int len) {
            for (int i = 0; i < len; i++) {
                put(ids[i]);
            }
            put(0);
        }

        private void put(int id) {
            if (used + 2 > buffer.length) {
                flush();
            }
            buffer[used++] = (byte) (id >>> 8);
            buffer[used++] = (byte) id;
        }

        private void flush() {
            try {
                out.write(buffer, 0, used);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            used = 0;
        }

        @Override
        public void close() throws IOException {
            try {
                flush();
            } finally {
                out.close();
            }
        }
    }

    /** Reads back what {@link Writer} wrote. */
    static final class Reader implements AutoCloseable {
        private final InputStream in;
        private final byte[] buffer = new byte[1 << 16];
        private int pos;
        private int end;

        Reader(InputStream in) {
            this.in = in;
        }

        /** The next id (0 ends a sentence), or -1 at the end of the file. */
        int next() throws IOException {
            if (end - pos < 2 && !fill()) {
                return -1;
            }
            int id = (buffer[pos] & 0xFF) << 8 | (buffer[pos + 1] & 0xFF);
            pos += 2;
            return id;
        }

        private boolean fill() throws IOException {
            int left = end - pos;
            System.arraycopy(buffer, pos, buffer, 0, left);
            pos = 0;
            end = left;
            while (end < 2) {
                int n = in.read(buffer, end, buffer.length - end);
                if (n < 0) {
                    return false;
                }
                end += n;
            }
            int n = in.read(buffer, end, buffer.length - end);
            end += Math.max(0, n);
            return true;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
