package vn.khotin.web.view;

/**
 * A link in a list (facet value, year, page number, related story).
 *
 * @param label text shown
 * @param href target, built by our own code
 * @param count number shown beside the label, or -1 for none
 * @param current whether the link is the current choice (marked with aria-current)
 */
public record Link(String label, String href, long count, boolean current) {

    public static Link of(String label, String href) {
        return new Link(label, href, -1, false);
    }
}
