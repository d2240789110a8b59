package vn.khotin.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Why a story was suggested as related, in parts an editor reads at a glance: the words, people and places both
 * stories share, the newsroom tags they share, whether it looks like the same event (close in time and sharing
 * names or local places), and how far apart they were published.
 *
 * @param words whole words both stories are about ("lũ lụt", "sơ tán"), as the source writes them
 * @param people names of people or organisations both mention
 * @param places gazetteer places both mention, most local first
 * @param tags newsroom tags both carry
 * @param sameEvent close in time and sharing names or local places: a follow-up of the same event
 * @param daysApart days between the two publications, or null when a date is unknown
 */
public record RelatedReasons(List<String> words, List<String> people, List<String> places, List<String> tags,
        boolean sameEvent, Long daysApart) {

    public RelatedReasons {
        words = List.copyOf(words);
        people = List.copyOf(people);
        places = List.copyOf(places);
        tags = List.copyOf(tags);
    }

    /** The reasons as one Vietnamese line: "Cùng sự kiện · Huyện Hương Khê · lũ lụt, sơ tán · cách 2 ngày". */
    public String line() {
        List<String> parts = new ArrayList<>();
        if (sameEvent) {
            parts.add("Cùng sự kiện");
        }
        if (!places.isEmpty()) {
            parts.add(String.join(", ", places));
        }
        if (!people.isEmpty()) {
            parts.add(String.join(", ", people));
        }
        if (!words.isEmpty()) {
            parts.add(String.join(", ", words));
        }
        if (!tags.isEmpty()) {
            parts.add("từ khóa: " + String.join(", ", tags));
        }
        if (daysApart != null) {
            parts.add(daysApart == 0 ? "cùng ngày" : "cách " + daysApart + " ngày");
        }
        return String.join(" · ", parts);
    }
}
