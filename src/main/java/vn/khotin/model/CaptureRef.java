package vn.khotin.model;

/**
 * Where a capture lives in the archive: the WARC file name (relative to the archive directory) and the byte
 * offset of its response record. Enough to read the raw capture again without scanning.
 */
public record CaptureRef(String file, long offset) {

    /** The compact form used in the index and in links: {@code file@offset}. */
    @Override
    public String toString() {
        return file + "@" + offset;
    }

    /** Parses {@link #toString()}'s form; throws IllegalArgumentException on anything else. */
    public static CaptureRef parse(String text) {
        int at = text.lastIndexOf('@');
        if (at <= 0 || at == text.length() - 1) {
            throw new IllegalArgumentException("not a capture reference: " + text);
        }
        String file = text.substring(0, at);
        if (file.contains("/") || file.contains("\\") || file.startsWith(".")) {
            throw new IllegalArgumentException("not a capture reference: " + text);
        }
        return new CaptureRef(file, Long.parseLong(text.substring(at + 1)));
    }
}
