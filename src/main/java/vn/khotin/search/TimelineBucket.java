package vn.khotin.search;

/**
 * Hits in one period: {@code period} is {@code yyyy-MM} (month) or {@code yyyy} (year), in Vietnam time.
 *
 * @param from first query-language date of the period ("06/2024" or "2024"), for a link to drill down
 */
public record TimelineBucket(String period, long count, String from) {}
