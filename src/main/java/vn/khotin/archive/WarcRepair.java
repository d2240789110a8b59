package vn.khotin.archive;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Finds where the intact part of a gzip-per-record WARC file ends. A process killed while writing leaves at
 * most one torn gzip member at the end; every member before it is whole (each record is flushed before the
 * next begins). Members are checked by their CRC and length trailer, so a tail of garbage never passes.
 */
final class WarcRepair {

    private static final int FTEXT_MASK = 0xE0; // reserved flag bits must be zero
    private static final int FHCRC = 2;
    private static final int FEXTRA = 4;
    private static final int FNAME = 8;
    private static final int FCOMMENT = 16;

    private WarcRepair() {}

    /** The length of the longest prefix made of complete, valid gzip members. */
    static long validPrefix(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            long pos = 0;
            while (pos < size) {
                long end = memberEnd(ch, pos, size);
                if (end < 0) {
                    return pos;
                }
                pos = end;
            }
            return pos;
        }
    }

    /** The end offset of the gzip member starting at {@code pos}, or -1 if it is not complete and valid. */
    private static long memberEnd(FileChannel ch, long pos, long size) throws IOException {
        byte[] head = read(ch, pos, 10);
        if (head == null || (head[0] & 0xff) != 0x1f || (head[1] & 0xff) != 0x8b || head[2] != 8
                || (head[3] & FTEXT_MASK) != 0) {
            return -1;
        }
        int flags = head[3] & 0xff;
        long p = pos + 10;
        if ((flags & FEXTRA) != 0) {
            byte[] len = read(ch, p, 2);
            if (len == null) {
                return -1;
            }
            p += 2 + ((len[0] & 0xff) | (len[1] & 0xff) << 8);
        }
        for (int flag : new int[] {FNAME, FCOMMENT}) {
            if ((flags & flag) != 0) {
                while (true) {
                    byte[] b = read(ch, p++, 1);
                    if (b == null) {
                        return -1;
                    }
                    if (b[0] == 0) {
                        break;
                    }
                }
            }
        }
        if ((flags & FHCRC) != 0) {
            p += 2;
        }
        Inflater inflater = new Inflater(true);
        CRC32 crc = new CRC32();
        try {
            ByteBuffer in = ByteBuffer.allocate(64 * 1024);
            byte[] out = new byte[64 * 1024];
            long readPos = p;
            while (!inflater.finished()) {
                if (inflater.needsInput()) {
                    in.clear();
                    int n = ch.read(in, readPos);
                    if (n <= 0) {
                        return -1;
                    }
                    readPos += n;
                    inflater.setInput(in.array(), 0, n);
                }
                int k = inflater.inflate(out);
                crc.update(out, 0, k);
                if (k == 0 && inflater.needsDictionary()) {
                    return -1;
                }
            }
            long trailerPos = p + inflater.getBytesRead();
            byte[] trailer = read(ch, trailerPos, 8);
            if (trailer == null) {
                return -1;
            }
            long storedCrc = le32(trailer, 0);
            long storedSize = le32(trailer, 4);
            if (storedCrc != crc.getValue() || storedSize != (inflater.getBytesWritten() & 0xffffffffL)) {
                return -1;
            }
            long end = trailerPos + 8;
            return end <= size ? end : -1;
        } catch (DataFormatException e) {
            return -1;
        } finally {
            inflater.end();
        }
    }

    private static long le32(byte[] b, int off) {
        return (b[off] & 0xffL) | (b[off + 1] & 0xffL) << 8 | (b[off + 2] & 0xffL) << 16 | (b[off + 3] & 0xffL) << 24;
    }

    private static byte[] read(FileChannel ch, long pos, int n) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(n);
        while (buf.hasRemaining()) {
            int k = ch.read(buf, pos + buf.position());
            if (k <= 0) {
                return null;
            }
        }
        return buf.array();
    }
}
