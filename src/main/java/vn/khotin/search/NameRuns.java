package vn.khotin.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import vn.khotin.search.ParsedQuery.Clause;
import vn.khotin.search.ParsedQuery.Target;

/**
 * Part of the compile stage ({@link QueryCompiler}): an unquoted author or place typed in lower case runs on over the
 * words after it while the archive has that longer name. {@code tác giả:trọng giáp} is the author "Trọng Giáp", not
 * the author "Trọng" and the word "giáp", which found nothing; the parser extends only capitalised names
 * ({@code tác giả:Trọng Giáp}), since it cannot know where a lower-case name ends. Stateless.
 */
final class NameRuns {

    private static final Set<String> NAME_FIELDS = Set.of("author", "place");
    /** Words a name may take on after its first. */
    private static final int MAX_EXTRA_WORDS = 3;

    private NameRuns() {}

    /** The query with each name clause run on as far as the archive has the name; the query itself if none runs. */
    static ParsedQuery join(ParsedQuery parsed, IndexReader reader, UnitQueries unitQueries) {
        if (reader == null || parsed.groups().size() < 2) {
            return parsed;
        }
        IndexSearcher searcher = new IndexSearcher(reader);
        List<List<Clause>> groups = parsed.groups();
        List<List<Clause>> out = new ArrayList<>();
        boolean changed = false;
        for (int i = 0; i < groups.size(); i++) {
            Clause name = nameClause(groups.get(i));
            int taken = 0;
            String longest = null;
            if (name != null) {
                StringBuilder run = new StringBuilder(name.text());
                for (int k = 1; k <= MAX_EXTRA_WORDS && i + k < groups.size(); k++) {
                    String word = plainWord(groups.get(i + k));
                    if (word == null) {
                        break;
                    }
                    run.append(' ').append(word);
                    if (inArchive(searcher, unitQueries.keyword(name.field(), run.toString()))) {
                        taken = k;
                        longest = run.toString();
                    }
                }
            }
            if (taken > 0) {
                out.add(List.of(new Clause(Target.FIELD, name.field(), longest, false, 0)));
                i += taken;
                changed = true;
            } else {
                out.add(groups.get(i));
            }
        }
        return changed ? new ParsedQuery(out, parsed.excluded(), parsed.from(), parsed.to(), parsed.warnings())
                : parsed;
    }

    /** The group's unquoted author or place clause, if the group is one. */
    private static Clause nameClause(List<Clause> group) {
        if (group.size() != 1) {
            return null;
        }
        Clause c = group.get(0);
        return c.target() == Target.FIELD && !c.phrase() && NAME_FIELDS.contains(c.field()) ? c : null;
    }

    /** The group's one unquoted word of text, if the group is one. */
    private static String plainWord(List<Clause> group) {
        if (group.size() != 1) {
            return null;
        }
        Clause c = group.get(0);
        return c.target() == Target.TEXT && !c.phrase() && !c.text().isBlank() && c.text().strip().indexOf(' ') < 0
                ? c.text().strip() : null;
    }

    private static boolean inArchive(IndexSearcher searcher, Query q) {
        try {
            return q != null && searcher.count(q) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
