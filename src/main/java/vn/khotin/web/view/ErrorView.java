package vn.khotin.web.view;

import java.util.List;

/** A friendly error page, with links to the same request put right ({@code fixes}, possibly none). */
public record ErrorView(PageView page, int status, String heading, String message, List<Link> fixes) {
    public ErrorView {
        fixes = List.copyOf(fixes);
    }
}
