package vn.khotin.web.view;

/**
 * One result as the results page shows it.
 *
 * @param titleHtml the title with matches in mark tags, rendered from the search's highlight (all text escaped)
 *     by {@code Snippets.html}
 * @param snippetHtml highlighted passage, rendered the same way
 * @param duplicates number of near-duplicate articles folded under this one (0 for none)
 * @param duplicatesHref link to see them, or null
 * @param partialMark the mark of an article without every word whole ("không đủ mọi từ" for one a relaxed search
 *     added for having most of the words, "tiếng ở rời nhau" for one with a word's syllables apart), or null
 */
public record HitView(long id, String titleHtml, String href, String date, String category, String snippetHtml,
        int duplicates, String duplicatesHref, String partialMark) {}
