package vn.khotin.search;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One result of a search, with what a result list shows.
 *
 * @param snippet the best passages of the article with the query's matches marked, or the sapo (else the start of
 *     the body) unmarked when no passage matches; plain text, to be escaped by whoever renders it
 * @param titleHighlight the title with the query's matches marked
 * @param author the byline, or empty
 * @param tags the newsroom's tags
 * @param places the gazetteer places the article mentions (facet labels)
 * @param score the relevance score (0 when sorted by date; never NaN, so the JSON stays valid)
 * @param duplicates how many near-duplicate copies of this story the archive holds (republished or updated
 *     under another ID); they are folded into this hit when collapsing is on
 * @param duplicateIds the IDs of those copies (at most 20)
 * @param explanation Lucene's score explanation when the request asked for it, else null
 * @param allWords whether the article has every word of the query: false for the articles a relaxed search added
 *     for having most of them ({@link SearchResult#relaxed()}), and for those with a word's syllables apart
 *     ({@link SearchResult#syllablesApart()})
 */
public record SearchHit(long id, String url, String title, String sapo, OffsetDateTime published, String category,
        HighlightedText snippet, HighlightedText titleHighlight, String author, List<String> tags, List<String> places,
        float score, int duplicates, List<Long> duplicateIds, String explanation, boolean allWords) {

    public SearchHit {
        tags = tags == null ? List.of() : List.copyOf(tags);
        places = places == null ? List.of() : List.copyOf(places);
        duplicateIds = duplicateIds == null ? List.of() : List.copyOf(duplicateIds);
    }

    /** The original seven-component form (no extras). */
    public SearchHit(long id, String url, String title, String sapo, OffsetDateTime published, String category,
            HighlightedText snippet) {
        this(id, url, title, sapo, published, category, snippet, HighlightedText.plain(title), "", List.of(),
                List.of(), 0f, 0, List.of(), null, true);
    }
}
