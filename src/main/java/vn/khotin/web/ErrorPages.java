package vn.khotin.web;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.MethodNotAllowedResponse;
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
    private static final String NOT_FOUND = "Không tìm thấy trang này.";

    void render(Context ctx, int status, String message) {
        render(ctx, status, message, java.util.List.of());
    }

    /** As {@link #render(Context, int, String)}, a page offering the request put right ({@code fixes}). */
    void render(Context ctx, int status, String message, java.util.List<vn.khotin.web.view.Link> fixes) {
        ctx.attribute(RENDERED, Boolean.TRUE);
        ctx.status(status);
        if (wantsJson(ctx)) {
            ApiResponses.send(ctx, new ErrorResponse(message, status));
        } else {
            ctx.html(Templates.error(Views.error(status, message, fixes)));
        }
    }

    void httpException(HttpResponseException e, Context ctx) {
        if (e instanceof MethodNotAllowedResponse) {
            methodNotAllowed(ctx, e.getDetails());
            return;
        }
        int status = e.getStatus();
        String message = switch (status) {
            case 413 -> "Nội dung gửi lên quá lớn.";
            case 405 -> "Phương thức không được hỗ trợ ở địa chỉ này.";
            case 404 -> NOT_FOUND;
            default -> status >= 500 ? "Máy chủ gặp sự cố khi xử lý yêu cầu này." : "Yêu cầu chưa hợp lệ.";
        };
        render(ctx, status, message);
    }

    /** A method the address does not take: 405 with Allow, or 404 when no route serves the address at all. */
    private void methodNotAllowed(Context ctx, java.util.Map<String, String> details) {
        java.util.List<String> allowed = WrongMethod.allowed(details);
        if (allowed.isEmpty()) {
            render(ctx, 404, NOT_FOUND);
            return;
        }
        ctx.header("Allow", String.join(", ", allowed));
        render(ctx, 405, WrongMethod.message(ctx.method().name(), ctx.path(), allowed));
    }

    void unexpected(Exception e, Context ctx) {
        if (clientWentAway(e)) {
            // a reader that stops early (a download cancelled, `| head`) is not a server failure, and there is
            // nobody left to send an error page to
            LOG.info("Client closed the connection during {} {}", ctx.method(), ctx.path());
            return;
        }
        LOG.error("Request {} {} failed", ctx.method(), ctx.path(), e);
        render(ctx, 500, "Máy chủ gặp sự cố khi xử lý yêu cầu này. Vui lòng thử lại sau.");
    }

    /** Whether the failure is the client closing the connection while the answer was being written. */
    static boolean clientWentAway(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getClass().getSimpleName().equals("EofException")) {
                return true;
            }
            String m = t.getMessage();
            if (t instanceof java.io.IOException && m != null
                    && (m.contains("Broken pipe") || m.contains("Connection reset") || m.contains("Closed"))) {
                return true;
            }
        }
        return false;
    }

    void notFound(Context ctx) {
        if (ctx.attribute(RENDERED) == null) {
            int status = ctx.status().getCode();
            render(ctx, status, status == 405 ? "Phương thức không được hỗ trợ ở địa chỉ này."
                    : NOT_FOUND);
        }
    }

    private static boolean wantsJson(Context ctx) {
        return wantsJson(ctx.path());
    }

    /** Whether errors at this path are JSON: the API's, /health's and the admin actions'. */
    static boolean wantsJson(String path) {
        return path.startsWith("/api/") || path.equals("/health") || path.startsWith("/admin/");
    }
}
