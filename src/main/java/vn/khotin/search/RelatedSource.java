package vn.khotin.search;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What "Tin liên quan" are asked for ({@link RelatedStories}): an archived article (doc ≥ 0) or a draft (doc −1),
 * with the names, places and tags that describe it.
 */
record RelatedSource(long id, String title, String sapo, String body, List<String> places, List<String> names,
        List<String> tags, OffsetDateTime published, Long simhash, int doc) {}
