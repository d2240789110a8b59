package vn.khotin.web;

import java.util.List;
import vn.khotin.web.view.Link;

/**
 * A request with a bad parameter; answered with 400 and the (Vietnamese) message. A page's error may offer the same
 * request put right ({@code fixes}: "Đổi chỗ hai ngày"), so that the reader loses nothing typed.
 */
final class BadRequest extends RuntimeException {

    private final List<Link> fixes;

    BadRequest(String message) {
        this(message, List.of());
    }

    BadRequest(String message, List<Link> fixes) {
        super(message, null, false, false);
        this.fixes = List.copyOf(fixes);
    }

    /** Links to the same request put right, for a page (not the API). */
    List<Link> fixes() {
        return fixes;
    }
}
