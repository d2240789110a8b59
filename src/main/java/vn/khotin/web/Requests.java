package vn.khotin.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;

/** What the page handlers and the API read from a request the same way, and the limits they share. */
final class Requests {

    /** The most editors' links followed for one article. */
    static final int MAX_EDITORIAL = 20;
    /** The longest draft text the editor's tool takes. */
    static final int MAX_DRAFT_CHARS = 50_000;
    /** The longest draft title the editor's tool takes. */
    static final int MAX_DRAFT_TITLE_CHARS = 500;

    private Requests() {}

    /**
     * What is too long in a draft, naming the field and its limit (the title's is the editor form's maxlength),
     * or null when neither is.
     */
    static String draftTooLong(String title, String text) {
        List<String> problems = new ArrayList<>(2);
        if (title.length() > MAX_DRAFT_TITLE_CHARS) {
            problems.add(tooLong("Tiêu đề", title, MAX_DRAFT_TITLE_CHARS));
        }
        if (text.length() > MAX_DRAFT_CHARS) {
            problems.add(tooLong("Nội dung", text, MAX_DRAFT_CHARS));
        }
        return problems.isEmpty() ? null : String.join(" ", problems);
    }

    private static String tooLong(String field, String value, int max) {
        return field + " bản thảo quá dài: tối đa " + Format.number(max) + " ký tự (đang có "
                + Format.number(value.length()) + ").";
    }

    /** The request attribute holding the configured public address ({@link WebConfig#publicUrl}), if any. */
    static final String PUBLIC_URL = "khotin.publicUrl";

    /** An article's absolute address in this archive, on {@code baseUrl} ({@link #baseUrl}). */
    static String permalink(String baseUrl, long id) {
        return baseUrl + "/bai/" + id;
    }

    /** The site's base URL, for permalinks: the configured public address, else as the client addressed it. */
    static String baseUrl(Context ctx) {
        String configured = ctx.attribute(PUBLIC_URL);
        if (configured != null) {
            return configured;
        }
        String host = ctx.host();
        // The Host header is the client's word: keep it only when it looks like a host name or address.
        boolean plausible = host != null && !host.isBlank() && host.length() <= 255
                && host.chars().allMatch(c -> Character.isLetterOrDigit(c) || ".-:[]".indexOf(c) >= 0);
        return ctx.scheme() + "://" + (plausible ? host : "localhost");
    }

    /** An article ID from a path; a bad one is a 400 with a Vietnamese message. */
    static long parseId(String text) {
        try {
            long id = Long.parseLong(text);
            if (id < 0) {
                throw new NumberFormatException();
            }
            return id;
        } catch (NumberFormatException e) {
            throw new BadRequest("Mã bài viết phải là một số nguyên dương.");
        }
    }
}
