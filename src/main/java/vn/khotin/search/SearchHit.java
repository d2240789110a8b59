package vn.khotin.search;

import java.time.OffsetDateTime;

/**
 * One result of a search, with what a result list shows.
 *
 * @param snippet a passage of the article with the matches wrapped in {@code <mark>}; all other text is
 *     HTML-escaped, so the snippet is safe to insert into a page as is
 */
public record SearchHit(long id, String url, String title, String sapo, OffsetDateTime published, String category,
        String snippet) {}
