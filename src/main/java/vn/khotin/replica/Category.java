package vn.khotin.replica;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A section of the site: URL slug, visible label, and the id used by sister-CMS feed names
 * ({@code /rss/<zone>-<zoneId>.rss}).
 *
 * @param slug the path segment, as in {@code /xa-hoi/}
 * @param label the menu label ("Xã hội")
 * @param zoneId a stable numeric zone id for the sister-CMS feed URL form
 * @param current true for the sections of the current CMS menu; false for old-era sections that only
 *     appear in old {@code .htm} URLs and are shown under the current section {@link #parent}
 * @param parent the current section an old-era section is listed under (itself for current sections)
 */
public record Category(String slug, String label, int zoneId, boolean current, String parent) {

    /** The current menu, in order (reference §8). */
    public static final List<Category> CURRENT = List.of(
            new Category("chinh-tri", "Chính trị", 1171, true, "chinh-tri"),
            new Category("kinh-te", "Kinh tế", 1172, true, "kinh-te"),
            new Category("xa-hoi", "Xã hội", 1173, true, "xa-hoi"),
            new Category("van-hoa-giai-tri", "Văn hóa - Giải trí", 1174, true, "van-hoa-giai-tri"),
            new Category("phap-luat", "Pháp luật", 1175, true, "phap-luat"),
            new Category("the-thao", "Thể thao", 1176, true, "the-thao"),
            new Category("the-gioi", "Thế giới", 1177, true, "the-gioi"),
            new Category("ve-ha-tinh", "Về Hà Tĩnh", 1178, true, "ve-ha-tinh"),
            new Category("doi-song", "Đời sống", 1179, true, "doi-song"),
            new Category("cong-nghe", "Công nghệ", 1180, true, "cong-nghe"),
            new Category("cong-dong", "Cộng đồng", 1181, true, "cong-dong"),
            new Category("xe", "Xe", 1182, true, "xe"));

    /** Old-era sections seen in {@code .htm} URLs and old feeds, each mapped to a current section. */
    public static final List<Category> OLD = List.of(
            new Category("chinh-quyen", "Chính quyền", 201, false, "chinh-tri"),
            new Category("xay-dung-dang", "Xây dựng Đảng", 202, false, "chinh-tri"),
            new Category("dau-tu", "Đầu tư", 203, false, "kinh-te"),
            new Category("nong-nghiep", "Nông nghiệp", 204, false, "kinh-te"),
            new Category("quoc-phong-an-ninh", "Quốc phòng - An ninh", 205, false, "phap-luat"),
            new Category("luc-luong-vu-trang", "Lực lượng vũ trang", 206, false, "phap-luat"),
            new Category("van-hoa-ha-tinh", "Văn hóa Hà Tĩnh", 207, false, "van-hoa-giai-tri"),
            new Category("nui-hong-song-la", "Núi Hồng sông La", 208, false, "van-hoa-giai-tri"),
            new Category("diem-den", "Điểm đến", 209, false, "ve-ha-tinh"),
            new Category("du-lich", "Du lịch", 210, false, "ve-ha-tinh"),
            new Category("quoc-te", "Quốc tế", 211, false, "the-gioi"));

    /** Every section, current then old (the replica's article table keeps a section as an index into it). */
    public static final List<Category> ALL = Stream.concat(CURRENT.stream(), OLD.stream()).toList();

    /** Corpus labels that are not slugs of the site (the UNC labels of the shared corpus). */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("business", "kinh-te"), Map.entry("education", "xa-hoi"),
            Map.entry("entertainment", "van-hoa-giai-tri"), Map.entry("health", "doi-song"),
            Map.entry("science", "cong-nghe"), Map.entry("society", "xa-hoi"),
            Map.entry("sport", "the-thao"), Map.entry("tech", "cong-nghe"),
            Map.entry("travel", "ve-ha-tinh"), Map.entry("world", "the-gioi"));

    /** Finds a current or old section by slug. */
    public static Optional<Category> bySlug(String slug) {
        for (Category c : CURRENT) {
            if (c.slug.equals(slug)) {
                return Optional.of(c);
            }
        }
        for (Category c : OLD) {
            if (c.slug.equals(slug)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    private static final java.util.concurrent.ConcurrentHashMap<String, Optional<Category>> LABELS =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** The section a corpus label denotes: a slug, a label, a known alias, or one chosen from the key's hash. */
    public static Category resolve(String label, long key) {
        if (label != null && !label.isBlank()) {
            // Corpora use few distinct labels: resolve each once.
            Optional<Category> c = LABELS.computeIfAbsent(label, l -> {
                String norm = l.strip().toLowerCase(Locale.ROOT);
                return bySlug(ALIASES.getOrDefault(norm, norm)).or(() -> bySlug(Slugs.slugify(l)));
            });
            if (c.isPresent()) {
                return c.get();
            }
            key = label.hashCode();
        }
        return CURRENT.get(Math.floorMod(Long.hashCode(key * 0x9E3779B97F4A7C15L), CURRENT.size()));
    }

    /** The current section this one is listed under. */
    public Category currentParent() {
        return current ? this : bySlug(parent).orElseThrow();
    }

    /** Index of the current parent in {@link #CURRENT}. */
    int currentIndex() {
        return CURRENT.indexOf(currentParent());
    }
}
