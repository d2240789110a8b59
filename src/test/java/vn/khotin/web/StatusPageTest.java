package vn.khotin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import vn.khotin.model.CrawlStatus;
import org.junit.jupiter.api.Test;

/**
 * The status page's line about a running reindex, in the words an operator reads: counts with Vietnamese thousands
 * separators, the share of the archive read and the time left while reading, the merge once everything is read.
 */
class StatusPageTest {

    private static final Instant STARTED = Instant.parse("2026-12-06T03:00:00Z"); // 10:00 in Vietnam

    @Test
    void aReindexReadingTheArchiveSaysHowFarItIsAndHowLongItStillTakes() {
        var reading = new CrawlStatus.Reindex(STARTED, 1_234, 1_000, 234, 450, 1_000, 180L, false);
        assertThat(StatusPage.reindex(reading)).isEqualTo("Đang lập lại chỉ mục: đã đọc 1.234 bản lưu (45% kho WARC),"
                + " đã lập chỉ mục 1.000 bài, bỏ qua 234 bản lưu, còn khoảng 3 phút. Bắt đầu lúc 06/12/2026 10:00.");
    }

    @Test
    void aReindexThatReadEverythingSaysItIsMerging() {
        var merging = new CrawlStatus.Reindex(STARTED, 1_234, 1_234, 0, 1_000, 1_000, null, true);
        assertThat(StatusPage.reindex(merging)).isEqualTo("Đang lập lại chỉ mục: đã đọc 1.234 bản lưu,"
                + " đã lập chỉ mục 1.234 bài; đang gộp phân đoạn. Bắt đầu lúc 06/12/2026 10:00.");
    }

    @Test
    void noReindexNoLine() {
        assertThat(StatusPage.reindex(null)).isEmpty();
    }
}
