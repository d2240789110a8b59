package vn.khotin.search;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One result of a search, with what a result list shows.
 *
 * @param snippet a passage of the article with the matches wrapped in {@code <mark>}; all other text is
 *     HTML-escaped, so the snippet is safe to insert into a page as is
 * @param titleHtml the title, HTML-escaped, with matches wrapped in {@code <mark>}
 * @param author the byline, or empty
 * @param tags the newsroom's tags
 * @param places the gazetteer places the article mentions (facet labels)
 * @param score the relevance score (NaN when sorted by date)
 * @param duplicates how many near-duplicate copies of this story the archive holds (republished or updated
 *     under another ID); they are folded into this hit when collapsing is on
 * @param duplicateIds the IDs of those copies (at most 20)
 * @param explanation Lucene's score explanation when the request asked for it, else null
 */
public record SearchHit(long id, String url, String title, String sapo, OffsetDateTime published, String category,
        String snippet, String titleHtml, String author, List<String> tags, List<String> places, float score,
        int duplicates, List<Long> duplicateIds, String explanation) {

    public SearchHit {
        tags = tags == null ? List.of() : List.copyOf(tags);
        places = places == null ? List.of() : List.copyOf(places);
        duplicateIds = duplicateIds == null ? List.of() : List.copyOf(duplicateIds);
    }

    /** The original seven-component form (no extras). */
    public SearchHit(long id, String url, String title, String sapo, OffsetDateTime published, String category,
            String snippet) {
        this(id, url, title, sapo, published, category, snippet, ArticleSearch.escapeHtml(title), "", List.of(),
                List.of(), Float.NaN, 0, List.of(), null);
    }
}
