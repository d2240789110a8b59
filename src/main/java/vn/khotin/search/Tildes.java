package vn.khotin.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Part of the parser ({@link QueryParser}): the tilde. The query language gives it one meaning, the proximity after
 * a quoted phrase ({@code "Formosa bồi thường"~5}); users bring others from other query languages (Lucene's fuzzy
 * {@code lũ~2}, a bare {@code ~5}). A query read otherwise than typed says so in a warning: {@code ~2147483647}
 * and {@code "a b"~2147483647} found nothing in silence (the second, read as ~214748 and the word "3647").
 */
final class Tildes {

    /** The largest proximity accepted in {@code "…"~N}: more finds the words anywhere in a long article. */
    static final int MAX_SLOP = 50;

    /** An unquoted word with Lucene's fuzzy mark: letters, then "~" and a number ("lũ~2", not "5~10"). */
    private static final Pattern FUZZY = Pattern.compile("(.*\\p{L})~\\p{Nd}+");

    /**
     * The proximity of a phrase, where the query goes on after it, and how it was read if not as typed (else null).
     */
    record Proximity(int slop, int end, String warning) {}

    private Tildes() {}

    /** The proximity typed right after a phrase's closing quote, which {@code at} points past. */
    static Proximity afterPhrase(String s, int at, String phrase) {
        if (at >= s.length() || s.charAt(at) != '~') {
            return new Proximity(0, at, null);
        }
        int start = at + 1;
        int end = start;
        while (end < s.length() && Character.isDigit(s.charAt(end))) {
            end++;
        }
        if (end == start) {
            int word = start;
            while (word < s.length() && !Character.isWhitespace(s.charAt(word))) {
                word++;
            }
            // "~abc": what follows the tilde is searched as a word, and the user is told so
            String rest = word > start ? " và từ \"" + s.substring(start, word) + "\"" : "";
            return new Proximity(0, start, "Sau dấu ~ cần một số (khoảng cách tối đa giữa các từ, ví dụ \"" + phrase
                    + "\"~5): đã tìm đúng cụm từ \"" + phrase + "\"" + rest + ".");
        }
        String digits = s.substring(start, end);
        // every digit is read, so that none is left over to be searched as a word
        int slop = digits.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(digits);
        if (slop <= MAX_SLOP) {
            return new Proximity(slop, end, null);
        }
        return new Proximity(MAX_SLOP, end, "Khoảng cách ~" + digits + " quá lớn: đã tìm các từ của \"" + phrase
                + "\" cách nhau không quá " + MAX_SLOP + " từ (~" + MAX_SLOP + ", mức tối đa).");
    }

    /** A star or question mark touching a letter outside quotes ("bão*", "b?o"), Lucene's wildcards. */
    private static final Pattern WILDCARD = Pattern.compile("\\p{L}[*?]\\p{L}|\\p{L}\\*|\\*\\p{L}");

    /**
     * A warning that wildcards are not read, when the query (outside its quoted phrases) has one: "bão*" and "b?o"
     * were searched as "bão" and "b o" in silence. A question mark ending a question ("vì sao … cao?") is no wildcard.
     */
    static java.util.Optional<String> wildcardWarning(String query) {
        String outside = query.replaceAll("\"[^\"]*\"", " ");
        return WILDCARD.matcher(outside).find()
                ? java.util.Optional.of("Khotin không tìm theo ký tự đại diện (* và ?): các từ được tìm đúng như đã gõ,"
                        + " bỏ dấu * và ?.")
                : java.util.Optional.empty();
    }

    /** The word of an unquoted {@code word~N}, or null when {@code typed} has no fuzzy mark. */
    static String withoutFuzzyMark(String typed) {
        Matcher m = FUZZY.matcher(typed);
        return m.matches() ? m.group(1) : null;
    }

    /** An unquoted word with Lucene's boost mark: the word, then "^" and a number ("lũ^2", "Tĩnh^1.5"). */
    private static final Pattern BOOST = Pattern.compile("(.*[\\p{L}\\p{N}])\\^\\d+(?:[.,]\\d+)?");

    /** The word of an unquoted {@code word^N}, or null when {@code typed} has no boost mark. */
    static String withoutBoostMark(String typed) {
        Matcher m = BOOST.matcher(typed);
        return m.matches() ? m.group(1) : null;
    }

    /**
     * The warning for a boost mark dropped from {@code typed}, searched as {@code word}: "lũ^2" found nothing, as the
     * words "lũ" and "2", with no word of why.
     */
    static String boostDropped(String typed, String word) {
        return "Khotin không dùng trọng số bằng dấu ^ (\"" + typed + "\"): đã tìm từ \"" + word + "\"; bài có từ trong"
                + " tiêu đề và sapo đã được xếp trước.";
    }

    /** The warning for a fuzzy mark dropped from {@code typed}, searched as {@code word}. */
    static String fuzzyDropped(String typed, String word) {
        return "Khotin không tìm gần đúng bằng dấu ~ (\"" + typed + "\"): đã tìm từ \"" + word + "\"; lỗi chính tả"
                + " được sửa hoặc gợi ý tự động.";
    }

    /** Whether the word at {@code start} is a number after a tilde that belongs to no phrase ({@code ~5}). */
    static boolean isBareNumber(String s, int start) {
        return start > 0 && s.charAt(start - 1) == '~' && start < s.length() && Character.isDigit(s.charAt(start));
    }

    /** The warning for a tilde dropped before {@code word}, searched as typed. */
    static String bareDropped(String word) {
        return "Dấu ~ chỉ dùng sau cụm từ trong ngoặc kép (\"nông dân phấn khởi\"~5: các từ cách nhau không quá 5 từ):"
                + " đã bỏ dấu ~ và tìm \"" + word + "\" như từ thường.";
    }
}
