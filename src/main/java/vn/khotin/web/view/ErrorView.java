package vn.khotin.web.view;

/** A friendly error page. */
public record ErrorView(PageView page, int status, String heading, String message) {}
