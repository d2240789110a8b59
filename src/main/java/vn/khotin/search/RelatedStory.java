package vn.khotin.search;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One suggestion for "Tin liên quan", with the reason an editor can read.
 *
 * @param sharedTerms words and phrases both stories use prominently (from the word fields)
 * @param sharedPlaces gazetteer places both mention
 * @param sharedNames names of people or organisations both mention
 * @param sharedTags newsroom tags both carry
 * @param daysApart days between the two publications, or null when a date is unknown
 * @param reason a one-line Vietnamese summary of the above
 */
public record RelatedStory(long id, String url, String title, OffsetDateTime published, float score,
        List<String> sharedTerms, List<String> sharedPlaces, List<String> sharedNames, List<String> sharedTags,
        Long daysApart, String reason) {

    public RelatedStory {
        sharedTerms = List.copyOf(sharedTerms);
        sharedPlaces = List.copyOf(sharedPlaces);
        sharedNames = List.copyOf(sharedNames);
        sharedTags = List.copyOf(sharedTags);
    }
}
