package vn.khotin.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One hit of {@code GET /api/v1/search}: the seven fields of the first API version first, then the richer ones.
 *
 * @param published publication time, ISO 8601 with seconds and the Vietnam offset, or null
 * @param snippet a passage as HTML: escaped text, matches in {@code <mark>}
 * @param permalink the article's absolute address in this archive ({@code /bai/{id}}), to cite
 * @param titleHtml the title as HTML, matches in {@code <mark>}
 * @param snippetText the snippet as plain text (no tags, no entities)
 * @param snippetHighlights the marked ranges of {@code snippetText}: {@code [start, end)} in code points
 * @param titleHighlights the marked ranges of {@code title}, counted the same way
 * @param score the relevance score, or null when there is none
 * @param duplicates near-duplicate copies folded into this hit
 * @param duplicateIds their IDs
 * @param allWords whether the article has every word of the query: false for what a relaxed search added, and
 *     for an article with a word's syllables apart ({@code syllablesApart})
 * @param explanation Lucene's score explanation; left out unless {@code explain=true}
 */
public record Hit(long id, String url, String title, String sapo, String published, String category,
        String snippet, String permalink, String titleHtml, String snippetText, List<List<Integer>> snippetHighlights,
        List<List<Integer>> titleHighlights, String author, List<String> tags, List<String> places, Float score,
        int duplicates, List<Long> duplicateIds, boolean allWords, @JsonInclude(JsonInclude.Include.NON_NULL) String explanation) {

    public Hit {
        snippetHighlights = List.copyOf(snippetHighlights);
        titleHighlights = List.copyOf(titleHighlights);
        tags = List.copyOf(tags);
        places = List.copyOf(places);
        duplicateIds = List.copyOf(duplicateIds);
    }
}
