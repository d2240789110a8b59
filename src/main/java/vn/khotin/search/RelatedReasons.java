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
            parts.add(apart(Math.abs(daysApart)));
        }
        return String.join(" · ", parts);
    }

    /**
     * How far apart, in the unit an editor thinks in: days up to two weeks, then weeks, months and years, "hơn"
     * (more than) when the count is rounded down: "cách 2 ngày", "cách 3 tuần", "cách hơn 5 năm" (not "cách 2050
     * ngày").
     */
    static String apart(long days) {
        if (days == 0) {
            return "cùng ngày";
        }
        if (days < 14) {
            return "cách " + days + " ngày";
        }
        if (days < 60) {
            return rounded(days, 7, "tuần");
        }
        if (days < 365) {
            return rounded(days, 30, "tháng");
        }
        return rounded(days, 365, "năm");
    }

    private static String rounded(long days, int unit, String name) {
        long whole = days / unit;
        return "cách " + (days % unit < Math.max(1, unit / 30) ? "" : "hơn ") + whole + " " + name;
    }
}
