package vn.khotin.web.api;

/**
 * {@code GET /health}.
 *
 * @param status always {@code ok} (a server that cannot answer does not answer)
 * @param articles articles in the index
 * @param crawl the crawler's state in lower case ({@code idle}, {@code running}, ...)
 */
public record HealthResponse(String status, int articles, String crawl) implements ApiBody {}
