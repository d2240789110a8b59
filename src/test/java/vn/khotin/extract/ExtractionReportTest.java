package vn.khotin.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.khotin.model.Article;
import vn.khotin.model.ExtractionMethod;

class ExtractionReportTest {

    private static ExtractionResult article(ExtractionMethod m) {
        return new ExtractionResult.Extracted(new Article(1, "https://baohatinh.vn/a-post1.html", "t", "", "",
                List.of("x"), List.of(), "", null, null, "", List.of(), List.of(), List.of(), List.of(), m));
    }

    @Test
    void countsMethodsKindsFailureCodesAndNotes() {
        ExtractionReport report = new ExtractionReport();
        report.record(article(ExtractionMethod.PROFILE));
        report.record(article(ExtractionMethod.PROFILE));
        report.record(article(ExtractionMethod.PROFILE));
        report.record(new ExtractionOutcome(article(ExtractionMethod.HEURISTIC),
                List.of("truncated: 9 bytes cut to 4", "charset: windows-1258 (meta)"), 3_000_000));
        report.record(new ExtractionResult.NotArticle("tag", "…"));
        report.record(new ExtractionResult.Failed("timeout: over 2000 ms"));
        report.record(new ExtractionResult.Failed("timeout: over 2000 ms"));

        assertThat(report.pages()).isEqualTo(7);
        assertThat(report.articles()).isEqualTo(4);
        assertThat(report.failures()).isEqualTo(2);
        assertThat(report.fallbackShare()).isEqualTo(0.25);
        Map<String, Object> map = report.toMap();
        assertThat(map).containsEntry("methods", Map.of("PROFILE", 3L, "JSON_LD", 0L, "META", 0L, "HEURISTIC", 1L))
                .containsEntry("notArticles", Map.of("tag", 1L))
                .containsEntry("failures", Map.of("timeout", 2L))
                .containsEntry("notes", Map.of("truncated", 1L, "charset", 1L))
                .containsEntry("fallbackShare", 0.25)
                .containsEntry("millis", 3L);
    }

    @Test
    void isSafeAcrossThreads() throws InterruptedException {
        ExtractionReport report = new ExtractionReport();
        Thread[] threads = new Thread[4];
        for (int i = 0; i < threads.length; i++) {
            threads[i] = new Thread(() -> {
                for (int k = 0; k < 10_000; k++) {
                    report.record(article(ExtractionMethod.META));
                }
            });
            threads[i].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(report.count(ExtractionMethod.META)).isEqualTo(40_000);
    }
}
