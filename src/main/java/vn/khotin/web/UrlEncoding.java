package vn.khotin.web;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Whether the parameters of an address (or of a posted form) are percent-encoded UTF-8. Javalin decodes a broken
 * escape ({@code %zz}, a lone {@code %}) to nothing and bytes that are not UTF-8 ({@code %FF%FE}) to U+FFFD, so a
 * mistyped or mis-encoded link would search for nothing, or for "��", without a word; it is a 400 instead.
 */
final class UrlEncoding {

    /** At most this many characters of the broken part are quoted back in the message. */
    private static final int MAX_QUOTED = 24;

    private UrlEncoding() {}

    /** Throws {@link BadRequest} naming the first broken part of {@code raw}, an address's encoded query (or null). */
    static void check(String raw) {
        String broken = brokenPart(raw);
        if (broken != null) {
            throw new BadRequest("Địa chỉ có mã hóa ký tự bị hỏng: “" + quote(broken) + "” không phải "
                    + (isEscapes(broken) || broken.equals("\uFFFD") ? "văn bản UTF-8 hợp lệ"
                            : "mã %XX hợp lệ (dấu % phải đi kèm hai chữ số thập lục phân, dấu % viết là %25)")
                    + ". Hãy mã hóa lại tham số theo UTF-8.");
        }
    }

    /**
     * The first part of {@code raw} that is not percent-encoded UTF-8: a {@code %} without two hex digits after it,
     * a run of escapes whose bytes are not UTF-8, or a U+FFFD the server already put for raw bytes that were not;
     * null when there is none.
     */
    static String brokenPart(String raw) {
        if (raw == null) {
            return null;
        }
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c == '\uFFFD') {
                return "\uFFFD";
            }
            if (c != '%') {
                i++;
                continue;
            }
            int end = escapesEnd(raw, i);
            if (end == i) {
                return raw.substring(i, Math.min(raw.length(), i + 3));
            }
            // Every byte of a character past ASCII is escaped, so each run of escapes must be UTF-8 on its own.
            if (!isUtf8(raw.substring(i, end))) {
                return raw.substring(i, end);
            }
            i = end;
        }
        return null;
    }

    /** Where the run of well-formed {@code %XX} escapes starting at {@code from} ends. */
    private static int escapesEnd(String s, int from) {
        int i = from;
        while (i + 2 < s.length() && s.charAt(i) == '%' && hex(s.charAt(i + 1)) && hex(s.charAt(i + 2))) {
            i += 3;
        }
        return i;
    }

    private static boolean isEscapes(String s) {
        return escapesEnd(s, 0) == s.length();
    }

    private static boolean isUtf8(String escapes) {
        byte[] bytes = new byte[escapes.length() / 3];
        for (int b = 0; b < bytes.length; b++) {
            bytes[b] = (byte) Integer.parseInt(escapes, 3 * b + 1, 3 * b + 3, 16);
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean hex(char c) {
        return Character.digit(c, 16) >= 0 && c < 128;
    }

    private static String quote(String broken) {
        return broken.length() <= MAX_QUOTED ? broken : broken.substring(0, MAX_QUOTED) + "…";
    }
}
