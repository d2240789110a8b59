package vn.khotin.web.api;

/**
 * The answer to an admin action ({@code POST /admin/...}).
 *
 * @param action {@code start-crawl}, {@code stop-crawl} or {@code reindex}
 * @param accepted whether the action was started (202) or refused (409)
 * @param message what happened, in Vietnamese
 * @param state the crawler's state afterwards, in lower case
 */
public record AdminResponse(String action, boolean accepted, String message, String state) implements ApiBody {}
