package vn.khotin.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The byline at the end of an article's body, which names its author. Old templates repeat the author element as
 * the last line; pages without one write the author only there. Either way the line is not text of the article.
 */
final class Byline {

    /** Past this length a last line is text, whatever its shape. */
    private static final int MAX_LENGTH = 80;

    private Byline() {
    }

    /**
     * Removes the byline from the end of {@code lines} and returns the author. Lines equal to the author element
     * go (the old template repeats it); a last line shaped like a byline ({@code extract.byline}) is taken as
     * the author when there is no author element or when it names the same person more fully ("Lê Tuấn" →
     * "Lê Tuấn - Thành Chung"). A byline-shaped line that contradicts the author element stays in the body:
     * dropping real text is worse than keeping a name.
     *
     * @param lines the body's lines, normalized; modified
     * @param author the author element's text, normalized; empty when the page has none
     * @param byline the profile's shape of a byline line
     */
    static String takeAuthor(List<String> lines, String author, Pattern byline) {
        boolean taken = false;
        while (!lines.isEmpty()) {
            String last = lines.get(lines.size() - 1);
            if (!author.isEmpty() && Texts.sameText(last, author)) {
                lines.remove(lines.size() - 1);
                taken = true;
            } else if (!taken && last.length() <= MAX_LENGTH && byline.matcher(last).matches()
                    && (author.isEmpty() || last.contains(author) || author.contains(last))) {
                if (last.length() > author.length()) {
                    author = last;
                }
                lines.remove(lines.size() - 1);
                taken = true;
            } else {
                break;
            }
        }
        return author;
    }
}
