package vn.khotin.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * How an imported record's {@code id} becomes the article ID (the number in {@code /bai/<ID>} and
 * {@code /api/v1/articles/<ID>}). The mapping is fixed, so the same record gets the same ID on every run and on
 * every machine, and an ID Khotin gave comes back unchanged when its export is imported again:
 *
 * <ul>
 *   <li>a JSON number, or a string of digits (Khotin's own export, the site's article IDs): that number, which
 *       must be from 1 to 2<sup>53</sup> − 1, JavaScript's largest exact integer (a larger one would reach a JSON
 *       client rounded, as another article's ID);</li>
 *   <li>any other string (the shared corpus: {@code baomoi-21395276}, {@code unc-…}, {@code vietnews-…}):
 *       2<sup>52</sup> plus the first 52 bits of the SHA-256 of the string's UTF-8 bytes, read big-endian. These
 *       IDs lie in [2<sup>52</sup>, 2<sup>53</sup>), above the site's own IDs and below JavaScript's limit.</li>
 * </ul>
 *
 * A number in [2<sup>52</sup>, 2<sup>53</sup>) is an ID of the second kind as Khotin exported it, so it names
 * the same article as the string it was made from: importing a corpus line and the export of that article into
 * one archive keeps one article (the second line is reported as already present), which is what a round trip
 * wants. A number there that Khotin did not make meets a string's ID only by chance, with the odds of two strings
 * meeting; it is then reported as already present, like any repeated ID.
 *
 * <p>Two different strings share an ID with probability about n² / 2<sup>53</sup> (about 1 in 9,000 for a
 * million records); the second is then reported as already present. The original string is kept in the archive
 * record ({@code WARC-Khotin-Import-ID}).
 */
public final class ImportIds {

    /** The first ID given to a string id; the site's own article IDs stay below it. */
    public static final long HASHED_BASE = 1L << 52;
    /** One past the largest ID: 2<sup>53</sup>, JavaScript's exact-integer limit. */
    public static final long LIMIT = 1L << 53;

    private ImportIds() {}

    /**
     * The article ID of a numeric record id (itself); throws IllegalArgumentException outside
     * [1, 2<sup>53</sup>). Numbers from {@link #HASHED_BASE} on are IDs Khotin gave string ids, kept as they are.
     */
    public static long ofNumber(long id) {
        if (id < 1 || id >= LIMIT) {
            throw new IllegalArgumentException("id số phải từ 1 đến " + (LIMIT - 1) + ", không phải " + id);
        }
        return id;
    }

    /** The article ID of a record id given as a string (digits are read as a number). */
    public static long ofString(String id) {
        if (id.isEmpty()) {
            throw new IllegalArgumentException("id rỗng");
        }
        if (isDigits(id)) {
            if (id.length() > 16) {
                throw new IllegalArgumentException("id số quá lớn: " + id);
            }
            return ofNumber(Long.parseLong(id));
        }
        return hashed(id);
    }

    /** 2^52 + the first 52 bits of SHA-256(UTF-8 of the id). */
    static long hashed(String id) {
        byte[] digest = sha256().digest(id.getBytes(StandardCharsets.UTF_8));
        long first = 0;
        for (int i = 0; i < 8; i++) {
            first = (first << 8) | (digest[i] & 0xFF);
        }
        return HASHED_BASE + (first >>> 12);
    }

    private static boolean isDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
