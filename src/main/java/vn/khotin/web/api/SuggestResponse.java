package vn.khotin.web.api;

import java.util.List;

/**
 * {@code GET /api/v1/suggest}: completions of what is being typed, and the query with accents restored.
 *
 * @param q the text as typed
 * @param accents the query with accents restored, or null
 */
public record SuggestResponse(String q, List<Completion> completions, String accents) implements ApiBody {

    public SuggestResponse {
        completions = List.copyOf(completions);
    }

    /**
     * One completion.
     *
     * @param kind {@code TERM} (a frequent word or name) or {@code TITLE} (an article's title)
     * @param count articles that write it as spelt (a word anywhere, a name of two words in the field that writes it
     *     most); 1 for a title
     * @param articleId the article a title belongs to, else null
     */
    public record Completion(String text, String kind, long count, Long articleId) {}
}
