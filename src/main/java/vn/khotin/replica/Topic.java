package vn.khotin.replica;

import java.util.List;
import java.util.Optional;

/**
 * A topic page ({@code /chu-de/<slug>-<ID>.html}): a named collection of the articles carrying any of its tags.
 *
 * @param id the topic ID
 * @param name the topic name
 * @param tags the tags whose articles the topic lists
 */
public record Topic(long id, String name, List<String> tags) {

    /** The topics the replica serves. */
    public static final List<Topic> ALL = List.of(
            new Topic(785, "Sản phẩm OCOP Hà Tĩnh", List.of("OCOP", "Sản phẩm OCOP")),
            new Topic(612, "Phòng chống thiên tai", List.of("Mưa lũ", "Phòng chống thiên tai", "Khắc phục hậu quả thiên tai", "Thời tiết")),
            new Topic(433, "Xây dựng nông thôn mới", List.of("Nông thôn mới")),
            new Topic(518, "Khu kinh tế Vũng Áng", List.of("KKT Vũng Áng", "Cảng Sơn Dương")),
            new Topic(640, "Du lịch Hà Tĩnh", List.of("Du lịch", "Du lịch biển", "Điểm đến")));

    public String slug() {
        return Slugs.slugify(name);
    }

    /** {@code /chu-de/<slug>-<ID>.html} */
    public String path() {
        return "/chu-de/" + slug() + "-" + id + ".html";
    }

    static Optional<Topic> byId(long id) {
        return ALL.stream().filter(t -> t.id == id).findFirst();
    }
}
