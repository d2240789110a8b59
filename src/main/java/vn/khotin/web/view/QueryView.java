package vn.khotin.web.view;

import java.util.List;
import java.util.Map;

/**
 * The search as the results page repeats it in its forms: the query, the filters and the date range.
 *
 * @param q the query as typed
 * @param filters filter values by parameter name
 * @param since the first day searched ({@code yyyy-mm-dd}), or null
 * @param until the last day searched, or null
 */
public record QueryView(String q, Map<String, List<String>> filters, String since, String until) {}
