package vn.khotin.web.api;

import java.util.List;

/**
 * One suggestion of the related-stories endpoints, with why it was chosen.
 *
 * @param url the story's original address on baohatinh.vn (what an editor pastes)
 * @param permalink absolute address of the story in this archive
 * @param date publication time, ISO 8601 with seconds and the Vietnam offset, or null
 * @param reason the reasons as one Vietnamese line
 * @param reasons the reasons in parts, or null (the newsroom's own links)
 */
public record RelatedItem(long id, String title, String url, String permalink, String date, String reason,
        Reasons reasons) {

    /**
     * Why a story was suggested, in parts.
     *
     * @param words whole words both stories are about
     * @param people people and organisations both mention
     * @param places gazetteer places both mention, most local first
     * @param tags newsroom tags both carry
     * @param sameEvent close in time and sharing names or local places
     * @param daysApart days between the two publications, or null when a date is unknown
     */
    public record Reasons(List<String> words, List<String> people, List<String> places, List<String> tags,
            boolean sameEvent, Long daysApart) {
        public Reasons {
            words = List.copyOf(words);
            people = List.copyOf(people);
            places = List.copyOf(places);
            tags = List.copyOf(tags);
        }
    }
}
