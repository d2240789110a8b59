package vn.khotin.web.view;

import java.util.List;

/**
 * The help page: the query syntax as examples one can click, and URL parameters as links.
 *
 * @param intro the line above the examples
 * @param examples each query with what it does and the search it runs
 * @param notes the remarks below the examples, one paragraph each
 * @param parameters URL parameter examples, each linking to the search it describes
 */
public record HelpView(PageView page, String intro, List<Example> examples, List<String> notes, List<Link> parameters) {

    /** One example query ({@code query}), what it finds, and the link that runs it. */
    public record Example(String query, String meaning, String href) {}
}
