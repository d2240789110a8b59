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
 * characters). Without it Jetty writes its own English page in ISO-8859-1. Under {@code /api/} the error is JSON,
 * {@code {"error": "…"}}, as the API's own.
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
        if (request.getHttpURI().getPath() != null && request.getHttpURI().getPath().startsWith("/api/")) {
            // The API's clients read JSON errors, as its routes give them.
            headers.put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
            headers.put(HttpHeader.CACHE_CONTROL, "no-store");
            headers.put("X-Content-Type-Options", "nosniff");
            String json = "{\"error\":\"" + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
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
