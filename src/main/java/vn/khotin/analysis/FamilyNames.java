package vn.khotin.analysis;

import java.util.Locale;
import java.util.Set;

/**
 * The commonest Vietnamese family names, which begin a person's name: the gazetteer reads "Lê Đức Thọ" opening a
 * sentence as a person, not the place Đức Thọ, and the search keeps "Nguyễn Thị Thu Hằng" one name. Not those that are
 * also common words opening a sentence ("Hồ" lake, "Mai" tomorrow, "Cao", "Hà", "Lâm").
 */
public final class FamilyNames {

    private static final Set<String> NAMES = Set.of("nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ",
            "võ", "đặng", "bùi", "đỗ", "ngô", "dương", "lý", "đinh", "đào", "trịnh", "trương", "lương", "đoàn");

    private FamilyNames() {}

    /** Whether {@code word} (any case, NFC) is one of the commonest family names. */
    public static boolean contains(String word) {
        return NAMES.contains(word.toLowerCase(Locale.ROOT));
    }
}
