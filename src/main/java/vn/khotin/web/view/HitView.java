package vn.khotin.web.view;

/**
 * One result as the results page shows it.
 *
 * @param titleHtml the title with matches in mark tags, rendered from the search's highlight (all text escaped)
 *     by {@code Snippets.html}
 * @param snippetHtml highlighted passage, rendered the same way
 * @param duplicates number of near-duplicate articles folded under this one (0 for none)
 * @param duplicatesHref link to see them, or null
 * @param allWords false for an article a relaxed search added for having most of the words, or with a word's
 *     syllables apart (marked on the page)
 */
public record HitView(long id, String titleHtml, String href, String date, String category, String snippetHtml,
        int duplicates, String duplicatesHref, boolean allWords) {}
