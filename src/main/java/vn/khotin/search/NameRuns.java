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

    /**
     * The query with each name clause run on as far as the archive has the name; the query itself if none runs. A
     * name ending an OR group ({@code Trump OR tác giả:trọng giáp}) runs on too, and one that takes in the first
     * word of an OR group takes that group's other alternatives with it ({@code tác giả:trọng giáp OR tác giả:như
     * tâm}: the parser had joined "giáp", not the name, to the OR).
     */
    static ParsedQuery join(ParsedQuery parsed, IndexReader reader, UnitQueries unitQueries) {
        if (reader == null || parsed.groups().size() < 2) {
            return parsed;
        }
        IndexSearcher searcher = new IndexSearcher(reader);
        List<List<Clause>> groups = parsed.groups();
        List<List<Clause>> out = new ArrayList<>();
        boolean changed = false;
        int i = 0;
        while (i < groups.size()) {
            List<Clause> group = new ArrayList<>(groups.get(i++));
            for (Clause name = lastName(group); name != null; name = lastName(group)) {
                int taken = runLength(searcher, unitQueries, name, groups, i);
                if (taken == 0) {
                    break;
                }
                StringBuilder run = new StringBuilder(name.text());
                for (int k = 0; k < taken; k++) {
                    run.append(' ').append(firstPlainWord(groups.get(i + k)));
                }
                group.set(group.size() - 1, new Clause(Target.FIELD, name.field(), run.toString(), false, 0));
                List<Clause> last = groups.get(i + taken - 1);
                group.addAll(last.subList(1, last.size()));
                i += taken;
                changed = true;
            }
            out.add(group);
        }
        return changed ? new ParsedQuery(out, parsed.excluded(), parsed.from(), parsed.to(), parsed.warnings())
                : parsed;
    }

    /**
     * How many of the groups from {@code next} on the name takes in: the most whose first words, added to it, make a
     * name the archive has. An OR group can only be the last taken.
     */
    private static int runLength(IndexSearcher searcher, UnitQueries unitQueries, Clause name,
            List<List<Clause>> groups, int next) {
        StringBuilder run = new StringBuilder(name.text());
        int taken = 0;
        for (int k = 0; k < MAX_EXTRA_WORDS && next + k < groups.size(); k++) {
            List<Clause> group = groups.get(next + k);
            String word = firstPlainWord(group);
            if (word == null) {
                break;
            }
            run.append(' ').append(word);
            if (inArchive(searcher, unitQueries.keyword(name.field(), run.toString()))) {
                taken = k + 1;
            }
            if (group.size() > 1) {
                break;
            }
        }
        return taken;
    }

    /** The group's last clause when it is an unquoted author or place. */
    private static Clause lastName(List<Clause> group) {
        Clause c = group.get(group.size() - 1);
        return c.target() == Target.FIELD && !c.phrase() && NAME_FIELDS.contains(c.field()) ? c : null;
    }

    /** The group's first clause when it is one unquoted word of text. */
    private static String firstPlainWord(List<Clause> group) {
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
