package vn.khotin.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.time.Instant;
import vn.khotin.extract.ArticleExtractor;
import vn.khotin.extract.ExtractionResult;
import vn.khotin.model.Article;
import vn.khotin.model.Capture;
import vn.khotin.pipeline.SiteProfile;
import vn.khotin.replica.ReplicaArticle;
import vn.khotin.replica.ReplicaConfig;
import vn.khotin.replica.ReplicaTestAccess;

/**
 * The articles {@code khotin demo} archives: the replica's sample pages, rendered as the replica serves them and
 * read by the real extractor with the real profile (the crawl itself is tested elsewhere).
 */
final class DemoArchive {

    private DemoArchive() {}

    static List<Article> articles() throws IOException {
        ArticleExtractor extractor = new ArticleExtractor(SiteProfile.loadDefault().extraction());
        List<Article> out = new ArrayList<>();
        int samples;
        try (ReplicaTestAccess replica = ReplicaTestAccess.samples()) {
            samples = replica.ids().size();
            ReplicaTestAccess.View view = replica.view(ReplicaConfig.builder().build(), "http://127.0.0.1:9");
            for (long id : replica.ids()) {
                ReplicaArticle a = replica.article(id);
                Capture page = new Capture(view.url(a), 200, Map.of("Content-Type", List.of("text/html; charset=utf-8")),
                        view.html(a).getBytes(java.nio.charset.StandardCharsets.UTF_8), Instant.parse("2026-03-10T00:00:00Z"));
                if (extractor.extract(page) instanceof ExtractionResult.Extracted e) {
                    out.add(e.article());
                }
            }
        }
        if (out.size() != samples) {
            throw new IllegalStateException("extracted " + out.size() + " of the " + samples + " demo samples");
        }
        return out;
    }
}
