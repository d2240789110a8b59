package vn.khotin.search;

import java.time.OffsetDateTime;

/**
 * One suggestion for "Tin liên quan", with the reasons an editor can read.
 *
 * @param url the story's original address (what an editor pastes)
 * @param score the related-story score ({@link RelatedScoring}), higher is closer
 * @param reasons why it was suggested, in parts
 * @param reason the reasons as one Vietnamese line
 */
public record RelatedStory(long id, String url, String title, OffsetDateTime published, double score,
        RelatedReasons reasons, String reason) {}
