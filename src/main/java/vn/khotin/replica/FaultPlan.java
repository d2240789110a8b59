package vn.khotin.replica;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Which articles each fault hits, chosen once from the seed so that a run is reproducible, plus the extra
 * pages some faults add (a huge article, a PDF at an article URL, redirect entry points).
 */
final class FaultPlan {

    private static final List<Fault> PER_ARTICLE = List.of(Fault.RATE_LIMIT_429, Fault.UNAVAILABLE_503, Fault.SLOW,
            Fault.CONNECTION_RESET, Fault.TRUNCATED_BODY, Fault.CHARSET_MISMATCH, Fault.UPDATED_ARTICLE);

    private final ReplicaConfig config;
    private final Map<Fault, List<Long>> targets = new EnumMap<>(Fault.class);
    private final ReplicaArticle large;
    private final ReplicaArticle nonHtml;
    private final long redirectTarget;

    FaultPlan(ReplicaConfig config, ArticleStore store) {
        this.config = config;
        long[] ids = store.allIds();
        Random random = new Random(config.seed());
        Set<Long> used = new HashSet<>();
        for (Fault f : PER_ARTICLE) {
            List<Long> chosen = new ArrayList<>();
            if (config.has(f)) {
                int want = Math.min(config.faultTargets(), Math.max(0, ids.length - used.size()));
                while (chosen.size() < want) {
                    long id = ids[random.nextInt(ids.length)];
                    if (used.add(id)) {
                        chosen.add(id);
                    }
                }
            }
            targets.put(f, List.copyOf(chosen));
        }
        long max = ids.length == 0 ? 307_400 : ids[ids.length - 1];
        OffsetDateTime when = store.get(max).map(ReplicaArticle::published).orElse(IdDates.dateFor(max));
        large = config.has(Fault.LARGE_PAGE) ? largeArticle(max + 7, when, store, config.largePageBytes()) : null;
        nonHtml = config.has(Fault.NON_HTML)
                ? new ReplicaArticle(max + 9, "toan-van-bao-cao-tong-ket-nam-2025", "Toàn văn báo cáo tổng kết năm 2025",
                        "Báo cáo tổng kết năm 2025 (tệp PDF).", List.of(), List.of(), "", when, null,
                        Category.CURRENT.get(0), List.of(), List.of(), null)
                : null;
        redirectTarget = firstOld(ids, config);
    }

    private static long firstOld(long[] ids, ReplicaConfig config) {
        for (long id : ids) {
            if (config.isOldEra(id)) {
                return id;
            }
        }
        return -1;
    }

    private static ReplicaArticle largeArticle(long id, OffsetDateTime when, ArticleStore store, int bytes) {
        List<String> source = new ArrayList<>();
        for (long sid : store.allIds()) {
            store.get(sid).ifPresent(a -> a.body().stream().filter(p -> !p.startsWith("> ")).forEach(source::add));
            if (source.size() > 200) {
                break;
            }
        }
        if (source.isEmpty()) {
            source.add("Nội dung chi tiết của văn kiện được trình bày theo từng mục dưới đây.");
        }
        List<String> body = new ArrayList<>();
        long size = 0;
        for (int i = 0; size < bytes; i++) {
            String p = "Mục " + (i + 1) + ". " + source.get(i % source.size());
            body.add(p);
            size += p.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 8;
        }
        return new ReplicaArticle(id, "toan-van-van-kien-dai-hoi-dang-bo-tinh-lan-thu-xx",
                "Toàn văn Văn kiện Đại hội Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2025-2030",
                "Báo Hà Tĩnh giới thiệu toàn văn Văn kiện Đại hội Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2025-2030.", body,
                List.of(new ReplicaArticle.Figure("van-kien-dai-hoi.jpg", "Quang cảnh đại hội. Ảnh: PV", 0)), "Nhóm P.V",
                when, null, Category.CURRENT.get(0), List.of("Đại hội Đảng"), List.of(), null);
    }

    boolean hits(Fault f, long id) {
        List<Long> t = targets.get(f);
        return t != null && t.contains(id);
    }

    List<Long> targets(Fault f) {
        return targets.getOrDefault(f, List.of());
    }

    /** The extra article for LARGE_PAGE or NON_HTML, by ID. */
    Optional<ReplicaArticle> special(long id) {
        if (large != null && large.id() == id) {
            return Optional.of(large);
        }
        if (nonHtml != null && nonHtml.id() == id) {
            return Optional.of(nonHtml);
        }
        return Optional.empty();
    }

    boolean isNonHtml(long id) {
        return nonHtml != null && nonHtml.id() == id;
    }

    Optional<ReplicaArticle> large() {
        return Optional.ofNullable(large);
    }

    Optional<ReplicaArticle> nonHtml() {
        return Optional.ofNullable(nonHtml);
    }

    /** Redirect entry points: the chain start and the loop start, or empty when REDIRECTS is off. */
    List<String> redirectPaths() {
        if (!config.has(Fault.REDIRECTS)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (redirectTarget >= 0) {
            out.add("/go/" + redirectTarget);
        }
        out.add("/vong-lap/a");
        return out;
    }

    /** Links the home page lists so that a crawler meets the fault pages. */
    List<String> homeLinks() {
        List<String> out = new ArrayList<>();
        large().ifPresent(a -> out.add("<li><a class=\"cms-link\" href=\"" + a.path() + "\">" + Html.esc(a.title()) + "</a></li>"));
        nonHtml().ifPresent(a -> out.add("<li><a class=\"cms-link\" href=\"" + a.path() + "\">" + Html.esc(a.title()) + "</a></li>"));
        for (String p : redirectPaths()) {
            out.add("<li><a href=\"" + p + "\">" + (p.startsWith("/go/") ? "Xem lại bài viết cũ" : "Chuyên trang sự kiện") + "</a></li>");
        }
        return out;
    }

    /** A deterministic draw in [0, 1) for (path, visit), for INTERMITTENT_500. */
    double draw(String path, int visit) {
        long h = TextHashes.textHash(config.seed() + "#" + path + "#" + visit);
        return (h >>> 11) * 0x1.0p-53;
    }

    /** UPDATED_ARTICLE: the newsroom edits the article again; each visit after the first sees a new version. */
    ReplicaArticle touch(ArticleStore store, ReplicaArticle a, int visit) {
        OffsetDateTime now = OffsetDateTime.now(IdDates.VN).truncatedTo(ChronoUnit.SECONDS);
        OffsetDateTime when = now.isAfter(a.lastModified()) ? now : a.lastModified().plusSeconds(1);
        List<String> body = new ArrayList<>(a.body());
        body.add("Cập nhật lần " + (visit - 1) + ": bài viết đã được bổ sung thông tin mới.");
        return store.edit(a.id(), x -> x.edited(null, null, body, when)).orElse(a);
    }
}
