package vn.khotin.replica;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;

/** Gzip in memory, for compressed answers and {@code .xml.gz} sitemaps. */
final class Gzip {

    private Gzip() {
    }

    static byte[] compress(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, in.length / 4));
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
