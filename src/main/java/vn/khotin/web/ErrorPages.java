package vn.khotin.web;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.khotin.web.api.ErrorResponse;

/**
 * Error answers: a friendly Vietnamese page for people, {"error": …} JSON under /api and for /health. The
 * stack trace of an unexpected failure goes to the log only.
 */
final class ErrorPages {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);
    /** Marks a response whose error a handler already rendered, so the status fallbacks leave it alone. */
    private static final String RENDERED = "khotin.error-rendered";

    void render(Context ctx, int status, String message) {
        ctx.attribute(RENDERED, Boolean.TRUE);
        ctx.status(status);
        if (wantsJson(ctx)) {
            ApiResponses.send(ctx, new ErrorResponse(message, status));
        } else {
            ctx.html(Templates.error(Views.error(status, message)));
        }
    }

    void httpException(HttpResponseException e, Context ctx) {
        int status = e.getStatus();
        String message = switch (status) {
            case 413 -> "Nội dung gửi lên quá lớn.";
            case 405 -> "Phương thức không được hỗ trợ ở địa chỉ này.";
            case 404 -> "Không tìm thấy trang này.";
            default -> status >= 500 ? "Máy chủ gặp sự cố khi xử lý yêu cầu này." : "Yêu cầu chưa hợp lệ.";
        };
        render(ctx, status, message);
    }

    void unexpected(Exception e, Context ctx) {
        LOG.error("Request {} {} failed", ctx.method(), ctx.path(), e);
        render(ctx, 500, "Máy chủ gặp sự cố khi xử lý yêu cầu này. Vui lòng thử lại sau.");
    }

    void notFound(Context ctx) {
        if (ctx.attribute(RENDERED) == null) {
            int status = ctx.status().getCode();
            render(ctx, status, status == 405 ? "Phương thức không được hỗ trợ ở địa chỉ này."
                    : "Không tìm thấy trang này.");
        }
    }

    private static boolean wantsJson(Context ctx) {
        String path = ctx.path();
        return path.startsWith("/api/") || path.equals("/health") || path.startsWith("/admin/");
    }
}
