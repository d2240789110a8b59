package vn.khotin.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import vn.khotin.index.Gazetteer;
import vn.khotin.index.PlacesElsewhere;
import vn.khotin.search.ParsedQuery.Clause;
import vn.khotin.search.ParsedQuery.Target;

/**
 * Part of the answer to a search: a query that is a name some journalist signs with ("Trọng Giáp") says how many
 * articles that author wrote and how to find them. Searched as words, the name found 11 articles of the 1,500-article
 * demo and none of the 16 he wrote (a byline is no text field), with no hint of {@code tác giả:}. Stateless.
 */
final class AuthorHint {

    private AuthorHint() {}

    /** {@code result} with a note on the author the query names, when it is a name and some articles are signed so. */
    static SearchResult noted(IndexSearcher searcher, ParsedQuery parsed, SearchResult result, QueryCounter counter)
            throws IOException {
        String name = name(parsed);
        if (name == null) {
            return result;
        }
        String byAuthor = "tác giả:\"" + name + "\"";
        long articles = counter.count(searcher, byAuthor);
        return articles == 0 ? result : result.warnedAlso(List.of("Có " + articles + " bài của tác giả “" + name
                + "”: tìm " + byAuthor + " để xem các bài ấy."));
    }

    /**
     * The name the query is: two to four words typed capitalised, with nothing else (no field, phrase, exclusion or
     * date), and no place's name; else null.
     */
    static String name(ParsedQuery parsed) {
        if (parsed.groups().size() < 2 || parsed.groups().size() > 4 || !parsed.excluded().isEmpty()
                || parsed.from() != null || parsed.to() != null) {
            return null;
        }
        List<String> words = new java.util.ArrayList<>();
        for (List<Clause> group : parsed.groups()) {
            Clause c = group.size() == 1 ? group.get(0) : null;
            if (c == null || c.target() != Target.TEXT || c.phrase() || !CapitalisedNames.titleCase(c.text())) {
                return null;
            }
            words.add(c.text());
        }
        // a place is no byline, though a byline may name one ("Báo Hà Tĩnh")
        List<int[]> places = Gazetteer.get().spans(words);
        boolean place = PlacesElsewhere.get().isPlace(words)
                || places.size() == 1 && places.get(0)[0] == 0 && places.get(0)[1] == words.size();
        return place ? null : String.join(" ", words);
    }
}
