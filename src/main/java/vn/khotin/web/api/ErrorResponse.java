package vn.khotin.web.api;

/**
 * Every error under {@code /api}, {@code /health} and {@code /admin}.
 *
 * @param error what went wrong, in Vietnamese
 * @param status the HTTP status
 */
public record ErrorResponse(String error, int status) implements ApiBody {}
