package vn.khotin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.khotin.replica.Fault;
import vn.khotin.replica.RecordedRequest;
import vn.khotin.replica.ReplicaArticle;
import vn.khotin.replica.ReplicaConfig;
import vn.khotin.replica.ReplicaServer;
import vn.khotin.search.ArticleSearch;
import vn.khotin.search.SearchRequest;
import vn.khotin.pipeline.Workspace;

/**
 * The crawler against the replica with its faults on, judged by the replica's request log: every article
 * indexed exactly once, robots.txt obeyed, the configured rate and every Retry-After respected, and a
 * second crawl fetching only what changed.
 */
class CrawlAcceptanceTest {

    private static final Pattern ARTICLE = Pattern.compile("-post\\d+\\.html$");
    private static final List<String> DISALLOWED = List.of("/tim-kiem", "/print/", "/binh-luan");

    @TempDir
    Path tmp;

    @Test
    void crawlOfA2000ArticleReplicaIndexesEveryArticleOnceAndObeysTheSite() throws Exception {
        try (ReplicaServer replica = ReplicaCrawling.replica(2000, ReplicaCrawling.faults(),
                ReplicaConfig.builder().crawlDelaySeconds(0).rateLimitPerSecond(1000))) {
            Path data = tmp.resolve("data");
            var run = ReplicaCrawling.crawl(replica, ReplicaCrawling.profile(tmp), data, 200);
            assertThat(run.code()).as("exit code; stderr: %s", run.err()).isZero();

            Set<Long> expected = expectedArticles(replica);
            assertThat(expected).hasSizeGreaterThan(1990);
            try (Workspace ws = Workspace.open(data)) {
                for (long id : expected) {
                    assertThat(ws.index().captureInfo(id)).as("article %d indexed", id).isPresent();
                }
                assertThat(ws.index().count()).as("each article exactly once").isEqualTo(expected.size());
            }

            List<RecordedRequest> log = replica.requests();
            assertThat(log).noneMatch(r -> DISALLOWED.stream().anyMatch(r.path()::startsWith));
            assertRetryAfterRespected(log);
            // every article URL form maps to one entry: no article was fetched in full twice
            Map<String, Long> fullArticleFetches = log.stream()
                    .filter(r -> r.status() == 200 && ARTICLE.matcher(r.path()).find() && r.fault() == null)
                    .collect(Collectors.groupingBy(RecordedRequest::path, Collectors.counting()));
            assertThat(fullArticleFetches.values()).allMatch(n -> n == 1);
            assertThat(log).as("tracking-parameter variants stripped").noneMatch(r -> r.query().contains("utm_")
                    || r.query().contains("fbclid"));
        }
    }

    @Test
    void measuredRequestRateNeverExceedsTheConfiguredRate() throws Exception {
        try (ReplicaServer replica = ReplicaCrawling.replica(120, ReplicaCrawling.faults(),
                ReplicaConfig.builder().crawlDelaySeconds(0).rateLimitPerSecond(21))) {
            var run = ReplicaCrawling.crawl(replica, ReplicaCrawling.profile(tmp), tmp.resolve("data"), 20);
            assertThat(run.code()).as("stderr: %s", run.err()).isZero();
            List<Instant> times = replica.requests().stream().map(RecordedRequest::time).sorted().toList();
            assertThat(times).hasSizeGreaterThan(100);
            assertThat(maxInWindow(times, Duration.ofMillis(1000 - 5))).as("requests in any 1 s window").isLessThanOrEqualTo(20);
            assertRetryAfterRespected(replica.requests());
        }
    }

    @Test
    void robotsCrawlDelayIsHonoredUpToItsCap() throws Exception {
        try (ReplicaServer replica = ReplicaCrawling.replica(40, Set.of(),
                ReplicaConfig.builder().crawlDelaySeconds(0.25))) {
            StringBuilderRun r = new StringBuilderRun();
            String origin = replica.baseUri().toString().replaceAll("/$", "");
            int code = Main.execute(r.out, r.err, "crawl", "--site", ReplicaCrawling.profile(tmp).toString(),
                    "--origin", origin, "--rate", "100", "--max-articles", "3", "--data", tmp.resolve("d").toString());
            assertThat(code).isZero();
            List<Instant> times = replica.requests().stream().map(RecordedRequest::time).sorted().toList();
            assertThat(times).hasSizeGreaterThan(4);
            for (int i = 1; i < times.size(); i++) {
                assertThat(Duration.between(times.get(i - 1), times.get(i))).isGreaterThan(Duration.ofMillis(240));
            }
        }
    }

    @Test
    void secondCrawlFetchesOnlyWhatIsNewOrChanged() throws Exception {
        Set<Fault> faults = EnumSet.allOf(Fault.class);
        faults.remove(Fault.UPDATED_ARTICLE); // it changes articles on every visit; this test changes them itself
        try (ReplicaServer replica = ReplicaCrawling.replica(300, faults,
                ReplicaConfig.builder().crawlDelaySeconds(0).rateLimitPerSecond(1000))) {
            Path data = tmp.resolve("data");
            Path profile = ReplicaCrawling.profile(tmp);
            assertThat(ReplicaCrawling.crawl(replica, profile, data, 200).code()).isZero();
            replica.clearRequests();

            List<ReplicaArticle> added = replica.addGeneratedArticles(20);
            long[] ids = replica.articleIds();
            Set<Long> skip = new HashSet<>(expectedArticles(replica));
            List<Long> changed = new ArrayList<>();
            Set<Long> targets = faultTargetIds(replica);
            for (int i = 0; changed.size() < 5; i += 37) {
                long id = ids[i % 200];
                if (!targets.contains(id) && skip.contains(id) && !changed.contains(id)) {
                    replica.updateArticle(id, "Cập nhật: hội đồng xét duyệt bổ sung kết luận về dự án số " + id + " xanhlam");
                    changed.add(id);
                }
            }
            Thread.sleep(1100); // edits carry second-resolution times: keep them clearly after the first crawl

            var second = ReplicaCrawling.crawl(replica, profile, data, 200);
            assertThat(second.code()).as("stderr: %s", second.err()).isZero();

            Set<String> wanted = new HashSet<>();
            added.forEach(a -> wanted.add(replica.articleUri(a.id()).getPath()));
            changed.forEach(id -> wanted.add(replica.articleUri(id).getPath()));
            Set<String> fullArticleFetches = replica.requests().stream()
                    .filter(r -> r.status() == 200 && ARTICLE.matcher(r.path()).find())
                    .map(RecordedRequest::path).collect(Collectors.toSet());
            assertThat(fullArticleFetches).as("articles fetched in full by the second crawl")
                    .containsExactlyInAnyOrderElementsOf(wanted);
            long notModified = replica.requests().stream().filter(r -> r.status() == 304).count();
            assertThat(notModified).as("unchanged feeds/listings answered 304").isPositive();

            try (Workspace ws = Workspace.open(data)) {
                assertThat(ws.index().count()).isEqualTo(expectedArticles(replica).size());
                var hits = new ArticleSearch(ws.index()).search(SearchRequest.of("xanhlam", 20));
                assertThat(hits.hits().stream().map(h -> h.id()).toList()).containsExactlyInAnyOrderElementsOf(changed);
                Map<String, List<String>> bodies = new HashMap<>();
                ws.archive().forEach(c -> {
                    if (c.capture().status() == 200) {
                        bodies.computeIfAbsent(java.net.URI.create(c.capture().url()).getPath(), k -> new ArrayList<>())
                                .add(c.capture().bodyText());
                    }
                });
                for (long id : changed) {
                    List<String> versions = bodies.get(replica.articleUri(id).getPath());
                    assertThat(versions).as("captures of %d", id).hasSize(2);
                    assertThat(versions.get(0)).doesNotContain("xanhlam");
                    assertThat(versions.get(1)).contains("xanhlam");
                }
            }
        }
    }

    /** Articles the replica serves as HTML (the NON_HTML fault's PDF is not one). */
    static Set<Long> expectedArticles(ReplicaServer replica) {
        Set<Long> ids = new HashSet<>();
        for (long id : replica.articleIds()) {
            ids.add(id);
        }
        for (var uri : replica.faultTargets(Fault.NON_HTML)) {
            var m = Pattern.compile("post(\\d+)").matcher(uri.getPath());
            if (m.find()) {
                ids.remove(Long.parseLong(m.group(1)));
            }
        }
        return ids;
    }

    private static Set<Long> faultTargetIds(ReplicaServer replica) {
        Set<Long> ids = new HashSet<>();
        for (Fault f : Fault.values()) {
            for (var uri : replica.faultTargets(f)) {
                var m = Pattern.compile("post(\\d+)").matcher(uri.getPath());
                if (m.find()) {
                    ids.add(Long.parseLong(m.group(1)));
                }
            }
        }
        return ids;
    }

    /**
     * After a 429 (Retry-After: 2 s) or 503 (1 s, or an HTTP-date about 2 s ahead), nothing reaches the
     * host before the wait is over, and the same URL not before either.
     */
    static void assertRetryAfterRespected(List<RecordedRequest> log) {
        List<RecordedRequest> sorted = log.stream().sorted(java.util.Comparator.comparing(RecordedRequest::time)).toList();
        int checked = 0;
        for (int i = 0; i < sorted.size(); i++) {
            RecordedRequest r = sorted.get(i);
            if (r.status() != 429 && r.status() != 503) {
                continue;
            }
            Duration wait = Duration.ofMillis(r.status() == 429 ? 2000 : 1000).minusMillis(20);
            if (i + 1 < sorted.size()) {
                assertThat(Duration.between(r.time(), sorted.get(i + 1).time()))
                        .as("gap after %d on %s", r.status(), r.path()).isGreaterThanOrEqualTo(wait);
            }
            checked++;
        }
        assertThat(checked).as("Retry-After answers seen").isPositive();
    }

    static int maxInWindow(List<Instant> times, Duration window) {
        int max = 0;
        int start = 0;
        for (int end = 0; end < times.size(); end++) {
            while (Duration.between(times.get(start), times.get(end)).compareTo(window) >= 0) {
                start++;
            }
            max = Math.max(max, end - start + 1);
        }
        return max;
    }

    private static final class StringBuilderRun {
        final java.io.PrintWriter out = new java.io.PrintWriter(new java.io.StringWriter());
        final java.io.PrintWriter err = new java.io.PrintWriter(new java.io.StringWriter());
    }
}
