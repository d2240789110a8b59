package vn.khotin.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A query of plain words followed by exclusions ("giao thôngg -xe"), split so that the suggest
 * stage corrects the words and keeps the rest: that query found nothing and was offered "giao -xe", the words no
 * article writes left out, where "giao thông -xe" finds 41 articles.
 *
 * @param words the plain words, in order
 * @param tail the exclusions after them, as typed
 */
record QueryTail(String words, String tail) {

    /** The split, or null when the query has other syntax (quotes, fields, groups), or no plain word. */
    static QueryTail of(String query) {
        List<String> words = new ArrayList<>();
        List<String> tail = new ArrayList<>();
        for (String token : WordChanges.words(query)) {
            if (plainOnly(token) && tail.isEmpty()) {
                words.add(token);
            } else if (token.length() > 1 && token.startsWith("-") && plainOnly(token.substring(1))) {
                tail.add(token);
            } else {
                return null;
            }
        }
        return words.isEmpty() || tail.isEmpty() ? null
                : new QueryTail(String.join(" ", words), String.join(" ", tail));
    }

    /** Words only (letters and digits, a hyphen or dot inside a word as in "Hang-seo"): no query syntax. */
    static boolean plainOnly(String query) {
        for (String w : query.strip().split("\\s+")) {
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                boolean inner = i > 0 && i < w.length() - 1 && (c == '-' || c == '.');
                if (!Character.isLetterOrDigit(c) && !inner) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The query again with other words in front of the same exclusions. */
    String with(String otherWords) {
        return otherWords + " " + tail;
    }
}
