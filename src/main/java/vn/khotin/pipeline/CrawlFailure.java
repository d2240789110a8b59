package vn.khotin.pipeline;

import java.util.Map;
import java.util.stream.Collectors;
import vn.khotin.crawl.CrawlStats;
import vn.khotin.model.CrawlStatus;

/**
 * Whether a finished crawl run failed as a whole, and the Vietnamese sentence that says why: the origin never
 * answered, or it answered but not one request brought back a usable page. A run with some good pages and some
 * failed ones did not fail; its failures are in the report.
 */
final class CrawlFailure {

    private CrawlFailure() {}

    /**
     * @param origin the crawled site
     * @param stopped whether the run was stopped (by the user or the article limit) before it ended by itself
     * @return the message, or null when the run did not fail
     */
    static String of(String origin, CrawlStats stats, boolean stopped) {
        if (stats.unreachable() != null) {
            return "Không kết nối được tới " + origin + " (" + reasons(stats.requestErrors()) + "): "
                    + stats.requests() + " yêu cầu liên tiếp đều thất bại. Kiểm tra kết nối mạng và địa chỉ trang"
                    + " (--origin, site.origin); chưa thu thập được gì, lần chạy sau sẽ thử lại.";
        }
        Map<String, Long> errors = stats.failures().isEmpty() ? stats.requestErrors() : stats.failures();
        if (!stopped && stats.requests() > 0 && stats.usable() == 0 && !errors.isEmpty()) {
            return "Không tải được trang nào từ " + origin + ": mọi yêu cầu đều lỗi (" + reasons(errors) + ").";
        }
        return null;
    }

    /** "không kết nối được ×4, HTTP 503 ×2". */
    private static String reasons(Map<String, Long> byReason) {
        return byReason.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> CrawlStatus.describeReason(e.getKey()) + " ×" + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
