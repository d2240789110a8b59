package vn.khotin.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A method an address does not take ({@code GET /api/v1/related}, {@code DELETE /api/v1/articles/1}): a 405 with
 * the methods it does take ({@code Allow}) and a Vietnamese line saying how to call it. Javalin finds the methods
 * ({@code prefer405over404}); the CORS preflight route answers OPTIONS on every /api address, so an address that
 * takes only OPTIONS is one no route serves, still a 404.
 */
final class WrongMethod {

    /** The order methods are listed in. */
    private static final List<String> ORDER = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    private WrongMethod() {}

    /**
     * The methods the address takes, in the usual order, from the details of Javalin's 405 (one value such as
     * "GET, OPTIONS"); HEAD wherever GET is, as Javalin answers it. Empty when OPTIONS is all there is.
     */
    static List<String> allowed(Map<String, String> details) {
        Set<String> found = new java.util.HashSet<>();
        for (String value : details.values()) {
            for (String m : value.split("[,\\s]+")) {
                found.add(m.strip().toUpperCase(Locale.ROOT));
            }
        }
        if (found.contains("GET")) {
            found.add("HEAD");
        }
        List<String> out = new ArrayList<>();
        for (String m : ORDER) {
            if (found.contains(m)) {
                out.add(m);
            }
        }
        return out.equals(List.of("OPTIONS")) ? List.of() : out;
    }

    /** What to tell the client that sent {@code method} to {@code path}, which takes {@code allowed}. */
    static String message(String method, String path, List<String> allowed) {
        String refused = (path.startsWith("/api/") || path.startsWith("/admin/") ? "Địa chỉ" : "Trang")
                + " này không nhận phương thức " + method + "; ";
        if (path.equals("/api/v1/related")) {
            return refused + "hãy gửi bản thảo bằng POST, nội dung là JSON {\"title\": \"…\", \"text\": \"…\"} "
                    + "(Content-Type: application/json).";
        }
        if (path.startsWith("/admin/")) {
            return refused + "hãy dùng POST kèm tiêu đề Authorization: Bearer <mã quản trị>.";
        }
        if (path.equals("/bien-tap")) {
            return refused + "mở biểu mẫu bằng GET và gửi bản thảo bằng POST.";
        }
        List<String> main = allowed.stream().filter(m -> !m.equals("HEAD") && !m.equals("OPTIONS")).toList();
        return refused + "hãy dùng " + String.join(" hoặc ", main) + ".";
    }
}
