package vn.khotin.extract;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides how to decode a page's bytes, without ever throwing.
 *
 * <p>Order: a byte-order mark wins; otherwise bytes that are valid UTF-8 are read as UTF-8 whatever the page
 * declares (servers often declare ISO-8859-1 by default while the CMS writes UTF-8, and a legacy 8-bit
 * Vietnamese text is practically never valid UTF-8 by chance); otherwise the charset declared by the
 * Content-Type header, then by a {@code <meta>} tag, unless that declaration is UTF-8 itself; otherwise
 * mostly-valid UTF-8 (a few junk bytes, a cut multi-byte sequence) is read as UTF-8 with replacement; and as a
 * last resort windows-1258, the Vietnamese Windows code page.
 */
final class CharsetDetector {

    /** The decoded text and how the charset was chosen (for the outcome's notes). */
    record Decoded(String text, Charset charset, String how) {}

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]{1,40})", Pattern.CASE_INSENSITIVE);
    private static final int META_SCAN_BYTES = 4096;

    private CharsetDetector() {
    }

    static Decoded decode(byte[] bytes, Optional<Charset> headerCharset) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8),
                    StandardCharsets.UTF_8, "bom");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE),
                    StandardCharsets.UTF_16BE, "bom");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE),
                    StandardCharsets.UTF_16LE, "bom");
        }
        Utf8Stats stats = Utf8Stats.of(bytes);
        Optional<Charset> meta = metaCharset(bytes);
        if (stats.errors == 0) {
            String how = declaredOtherThanUtf8(headerCharset, meta) ? "valid-utf8-over-declared" : "utf8";
            return new Decoded(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8, how);
        }
        for (Optional<Charset> declared : java.util.List.of(headerCharset, meta)) {
            if (declared.isPresent() && !isUtf8(declared.get()) && isAsciiCompatible(declared.get())) {
                return new Decoded(new String(bytes, declared.get()), declared.get(),
                        declared == headerCharset ? "header" : "meta");
            }
        }
        if (stats.multiByte >= 4L * stats.errors) {
            return new Decoded(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8,
                    "utf8-with-replacement");
        }
        Charset fallback = legacyFallback();
        return new Decoded(new String(bytes, fallback), fallback, "fallback-" + fallback.name().toLowerCase(Locale.ROOT));
    }

    private static boolean declaredOtherThanUtf8(Optional<Charset> header, Optional<Charset> meta) {
        return header.map(c -> !isUtf8(c)).orElse(false) || meta.map(c -> !isUtf8(c)).orElse(false);
    }

    private static boolean isUtf8(Charset c) {
        return c.equals(StandardCharsets.UTF_8);
    }

    /** UTF-16/32 declarations without a BOM are almost always wrong for an HTML page that parsed this far. */
    private static boolean isAsciiCompatible(Charset c) {
        String n = c.name().toUpperCase(Locale.ROOT);
        return !n.startsWith("UTF-16") && !n.startsWith("UTF-32") && !n.startsWith("X-UTF-16")
                && !n.startsWith("X-UTF-32");
    }

    private static Charset legacyFallback() {
        try {
            return Charset.forName("windows-1258");
        } catch (RuntimeException e) {
            return StandardCharsets.ISO_8859_1;
        }
    }

    static Optional<Charset> metaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (m.find()) {
            try {
                return Optional.of(Charset.forName(m.group(1)));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Counts valid multi-byte UTF-8 sequences and errors; an incomplete sequence at the very end is not an error. */
    record Utf8Stats(long multiByte, long errors) {
        static Utf8Stats of(byte[] b) {
            long multi = 0;
            long errors = 0;
            int i = 0;
            int n = b.length;
            while (i < n) {
                int c = b[i] & 0xFF;
                if (c < 0x80) {
                    i++;
                    continue;
                }
                int need;
                int min;
                if (c >= 0xC2 && c <= 0xDF) {
                    need = 1;
                    min = 0x80;
                } else if (c >= 0xE0 && c <= 0xEF) {
                    need = 2;
                    min = 0x800;
                } else if (c >= 0xF0 && c <= 0xF4) {
                    need = 3;
                    min = 0x10000;
                } else {
                    errors++;
                    i++;
                    continue;
                }
                if (i + need >= n) {
                    // Sequence cut by the end of the input (a truncated capture): not evidence against UTF-8.
                    boolean allCont = true;
                    for (int k = i + 1; k < n; k++) {
                        allCont &= (b[k] & 0xC0) == 0x80;
                    }
                    if (allCont) {
                        break;
                    }
                }
                int cp = c & (need == 1 ? 0x1F : need == 2 ? 0x0F : 0x07);
                boolean ok = true;
                for (int k = 1; k <= need; k++) {
                    if (i + k >= n || (b[i + k] & 0xC0) != 0x80) {
                        ok = false;
                        break;
                    }
                    cp = (cp << 6) | (b[i + k] & 0x3F);
                }
                if (ok && cp >= min && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF)) {
                    multi++;
                    i += need + 1;
                } else {
                    errors++;
                    i++;
                }
            }
            return new Utf8Stats(multi, errors);
        }
    }
}
