package vn.khotin.replica;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/** Deterministic hashes of text: stable IDs for non-numeric corpus IDs and tags, seeded choices, title words. */
final class TextHashes {

    private static final Set<String> STOP = Set.of("cua", "cac", "cho", "voi", "nhung", "trong",
            "tai", "khi", "duoc", "nam", "mot", "nay", "thi", "den", "tren", "nguoi", "hon", "tinh", "viec");

    private TextHashes() {
    }

    /** A well-mixed 64-bit hash of the UTF-8 bytes (never {@link Long#MIN_VALUE}). */
    static long textHash(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        // FNV alone mixes a change in the last bytes poorly into the high bits; finish with an avalanche.
        h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
        h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
        h ^= h >>> 31;
        return h == Long.MIN_VALUE ? 0 : h;
    }

    /** A 64-bit set of title syllables: a cheap, deterministic "shared words" measure for related articles. */
    static long titleSignature(String title) {
        if (title == null) {
            return 0;
        }
        long sig = 0;
        for (String w : Slugs.slugify(title).split("-")) {
            if (w.length() > 2 && !STOP.contains(w)) {
                sig |= 1L << Math.floorMod(w.hashCode() * 0x9E3779B9, 64);
            }
        }
        return sig;
    }
}
