package vn.khotin.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.function.BooleanSupplier;
import vn.khotin.web.api.AdminResponse;
import vn.khotin.web.api.HealthResponse;

/** Health, metrics and the admin actions. */
final class OpsHandlers {

    private final Backend backend;
    private final Metrics metrics;
    private final byte[] adminToken;

    OpsHandlers(Backend backend, Metrics metrics, String adminToken) {
        this.backend = backend;
        this.metrics = metrics;
        this.adminToken = adminToken == null ? null : adminToken.getBytes(StandardCharsets.UTF_8);
    }

    void health(Context ctx) {
        ApiResponses.send(ctx, new HealthResponse("ok", backend.count(), state()));
    }

    void metrics(Context ctx) {
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8");
        ctx.result(metrics.scrape());
    }

    void crawlStatus(Context ctx) {
        ApiResponses.send(ctx, ApiResponses.crawl(backend.crawl().status()));
    }

    void startCrawl(Context ctx) {
        admin(ctx, "start-crawl", backend.crawl()::start, "Đã bắt đầu thu thập.",
                "Không bắt đầu được: đang có lượt thu thập hoặc máy chủ không gắn bộ thu thập.");
    }

    void stopCrawl(Context ctx) {
        admin(ctx, "stop-crawl", backend.crawl()::stop, "Đã yêu cầu dừng thu thập.",
                "Không có lượt thu thập nào đang chạy.");
    }

    void reindex(Context ctx) {
        admin(ctx, "reindex", backend.crawl()::reindex, "Đã bắt đầu lập lại chỉ mục.",
                "Không lập lại chỉ mục được lúc này (đang thu thập hoặc đang lập chỉ mục).");
    }

    private void admin(Context ctx, String action, BooleanSupplier run, String done, String refused) {
        authorize(ctx);
        boolean ok = run.getAsBoolean();
        ctx.status(ok ? 202 : 409);
        ApiResponses.send(ctx, new AdminResponse(action, ok, ok ? done : refused, state()));
    }

    /** The crawler's state in lower case ("idle"). */
    private String state() {
        return backend.crawl().status().state().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Bearer token check in constant time; with no token configured, admin actions do not exist. */
    private void authorize(Context ctx) {
        if (adminToken == null) {
            throw new Forbidden("Chưa cấu hình mã quản trị (" + WebConfig.ADMIN_TOKEN_ENV + "); thao tác quản trị bị tắt.");
        }
        String header = ctx.header("Authorization");
        String given = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip() : "";
        if (!MessageDigest.isEqual(adminToken, given.getBytes(StandardCharsets.UTF_8))) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"khotin-admin\"");
            throw new Unauthorized("Sai hoặc thiếu mã quản trị (Authorization: Bearer …).");
        }
    }

    /** Admin action without a valid token: 401. */
    static final class Unauthorized extends RuntimeException {
        Unauthorized(String message) {
            super(message, null, false, false);
        }
    }

    /** Admin actions disabled: 403. */
    static final class Forbidden extends RuntimeException {
        Forbidden(String message) {
            super(message, null, false, false);
        }
    }
}
