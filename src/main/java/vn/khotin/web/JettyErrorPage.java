package vn.khotin.web;

import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The site's own Vietnamese error page for the errors Jetty answers before any route runs: a malformed or
 * ambiguous request line ({@code /static/%2e%2e/…}), a header or address too large (a query of thousands of
 * characters). Without it Jetty writes its own English page in ISO-8859-1. Where the routes answer errors in JSON
 * (under {@code /api/}, see {@link ErrorPages#wantsJson(String)}) the error is JSON too, {@code {"error", "status"}}.
 * That takes the path, which Jetty knows for headers too large (431) but not for a request line it cannot read: an
 * address too long (414) or a path it refuses ({@code %zz}, {@code %00}, dot segments above the root: 400). Then
 * the request seen here is Jetty's stand-in, {@code /badMessage} with no headers, and the answer is the page.
 */
final class JettyErrorPage implements Request.Handler {

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus() >= 400 ? response.getStatus() : 400;
        if (request.getAttribute(ErrorHandler.ERROR_STATUS) instanceof Integer s && s >= 400) {
            status = s;
        }
        String message = switch (status) {
            case 404 -> "Không tìm thấy trang này.";
            case 413, 431 -> "Yêu cầu quá lớn.";
            case 414 -> "Địa chỉ yêu cầu quá dài: câu tìm tối đa " + SearchParams.MAX_QUERY_CHARS + " ký tự.";
            default -> status >= 500 ? "Máy chủ gặp sự cố khi xử lý yêu cầu này."
                    : "Địa chỉ yêu cầu không hợp lệ (chứa ký tự hoặc đoạn đường dẫn không được phép).";
        };
        response.setStatus(status);
        var headers = response.getHeaders();
        String path = request.getHttpURI().getPath();
        if (path != null && ErrorPages.wantsJson(path)) {
            // The API's clients read JSON errors, as its routes give them.
            headers.put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
            headers.put(HttpHeader.CACHE_CONTROL, "no-store");
            headers.put("X-Content-Type-Options", "nosniff");
            String json = "{\"error\":\"" + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\",\"status\":"
                    + status + "}";
            response.write(true, java.nio.ByteBuffer.wrap(json.getBytes(StandardCharsets.UTF_8)), callback);
            return true;
        }
        headers.put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
        headers.put(HttpHeader.CACHE_CONTROL, "no-store");
        headers.put("Content-Security-Policy", Filters.CSP);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-Frame-Options", "DENY");
        byte[] body = Templates.error(Views.error(status, message)).getBytes(StandardCharsets.UTF_8);
        response.write(true, java.nio.ByteBuffer.wrap(body), callback);
        return true;
    }
}
