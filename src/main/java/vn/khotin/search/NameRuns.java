package vn.khotin.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import vn.khotin.index.ArticleSchema;
import vn.khotin.search.ParsedQuery.Clause;
import vn.khotin.search.ParsedQuery.Target;

/**
 * Part of the compile stage ({@link QueryCompiler}): an unquoted author, place, category or tag runs on over the
 * words after it while the archive has that longer value. {@code tác giả:trọng giáp} is the author "Trọng Giáp",
 * not the author "Trọng" and the word "giáp", which found nothing; {@code chuyên mục:Thế giới} is the category, not
 * "Thế" and the word "giới". The parser extends only capitalised names ({@code tác giả:Trọng Giáp}), since it
 * cannot know where a lower-case name ends. Stateless.
 */
final class NameRuns {

    /** Fields whose values are names of several words: authors, places, and categories and tags ("Thế giới"). */
    private static final Set<String> NAME_FIELDS = Set.of("author", "place", "category", "tag");
    /** Words a name may take on after its first. */
    private static final int MAX_EXTRA_WORDS = 3;

    private NameRuns() {}

    /**
     * The query with each name clause run on as far as the archive has the name; the query itself if none runs. A
     * name ending an OR group ({@code Trump OR tác giả:trọng giáp}) runs on too, and one that takes in the first
     * word of an OR group takes that group's other alternatives with it ({@code tác giả:trọng giáp OR tác giả:như
     * tâm}: the parser had joined "giáp", not the name, to the OR). An excluded name runs on over plain words
     * only ({@code -tác giả:trọng giáp lũ} leaves out the author "Trọng Giáp" and asks for "lũ"). No name runs
     * over an exclusion typed after it.
     */
    static ParsedQuery join(ParsedQuery parsed, IndexReader reader, UnitQueries unitQueries) {
        if (reader == null || parsed.groups().isEmpty()) {
            return parsed;
        }
        IndexSearcher searcher = new IndexSearcher(reader);
        List<List<Clause>> groups = parsed.groups();
        List<Integer> typedAt = parsed.excludedAt();
        List<Clause> excluded = new ArrayList<>(parsed.excluded());
        List<Integer> excludedAt = new ArrayList<>(typedAt);
        List<List<Clause>> out = new ArrayList<>();
        boolean changed = false;
        int i = 0;
        int nextExclusion = 0;
        while (true) {
            for (; nextExclusion < excluded.size() && typedAt.get(nextExclusion) <= i; nextExclusion++) {
                excludedAt.set(nextExclusion, out.size());
                Clause name = excluded.get(nextExclusion);
                if (!isName(name)) {
                    continue;
                }
                int end = nextExclusion + 1 < excluded.size() ? typedAt.get(nextExclusion + 1) : groups.size();
                int taken = runLength(searcher, unitQueries, name, groups, i, end, false);
                if (taken > 0) {
                    excluded.set(nextExclusion, ranOn(name, groups, i, taken));
                    i += taken;
                    changed = true;
                }
            }
            if (i >= groups.size()) {
                break;
            }
            int end = nextExclusion < excluded.size() ? typedAt.get(nextExclusion) : groups.size();
            List<Clause> group = new ArrayList<>(groups.get(i++));
            for (Clause name = lastName(group); name != null; name = lastName(group)) {
                int taken = runLength(searcher, unitQueries, name, groups, i, end, true);
                if (taken == 0) {
                    break;
                }
                group.set(group.size() - 1, ranOn(name, groups, i, taken));
                List<Clause> last = groups.get(i + taken - 1);
                group.addAll(last.subList(1, last.size()));
                i += taken;
                changed = true;
            }
            out.add(group);
        }
        return changed ? new ParsedQuery(out, excluded, excludedAt, parsed.from(), parsed.to(), parsed.warnings())
                : parsed;
    }

    /**
     * Warnings for the lower-case names of a joined query ({@link #join}) that did not run on although titles write
     * them together with the next word: {@code địa danh:hà nội} is the place "hà" and the word "nội", since no
     * article is tagged "Hà Nội" (places are Hà Tĩnh's), and the user should be told how the query was read. A name
     * that matches no article at all is left to the unmatched-value warning.
     */
    static List<String> cutShort(ParsedQuery joined, IndexReader reader, UnitQueries unitQueries) {
        if (reader == null) {
            return List.of();
        }
        IndexSearcher searcher = new IndexSearcher(reader);
        List<String> out = new ArrayList<>();
        List<List<Clause>> groups = joined.groups();
        for (int i = 0; i + 1 < groups.size(); i++) {
            List<Clause> group = groups.get(i);
            warnIfCutShort(searcher, unitQueries, group.get(group.size() - 1), groups.get(i + 1), false, out);
        }
        for (int e = 0; e < joined.excluded().size(); e++) {
            int at = joined.excludedAt().get(e);
            if (at < groups.size()) {
                warnIfCutShort(searcher, unitQueries, joined.excluded().get(e), groups.get(at), true, out);
            }
        }
        return out;
    }

    private static void warnIfCutShort(IndexSearcher searcher, UnitQueries unitQueries, Clause name,
            List<Clause> nextGroup, boolean excluded, List<String> out) {
        String word = firstPlainWord(nextGroup);
        if (!isName(name) || word == null || name.text().indexOf(' ') >= 0 || !startsLower(name.text())
                || !startsLower(word)) {
            return;
        }
        String together = name.text() + " " + word;
        if (inArchive(searcher, unitQueries.keyword(name.field(), name.text()))
                && inArchive(searcher, unitQueries.keyword(ArticleSchema.TITLE, together))) {
            out.add(FilterValues.cutShort(name.field(), name.text(), word, excluded));
        }
    }

    private static boolean startsLower(String text) {
        return Character.isLowerCase(text.codePointAt(0));
    }

    /** The name clause with the first words of the {@code taken} groups from {@code next} on added to it. */
    private static Clause ranOn(Clause name, List<List<Clause>> groups, int next, int taken) {
        StringBuilder run = new StringBuilder(name.text());
        for (int k = 0; k < taken; k++) {
            run.append(' ').append(firstPlainWord(groups.get(next + k)));
        }
        return new Clause(Target.FIELD, name.field(), run.toString(), false, 0);
    }

    /**
     * How many of the groups from {@code next} up to {@code end} (exclusive) the name takes in: the most whose first
     * words, added to it, make a name the archive has. An OR group can only be the last taken, and only when
     * {@code intoOr}.
     */
    private static int runLength(IndexSearcher searcher, UnitQueries unitQueries, Clause name,
            List<List<Clause>> groups, int next, int end, boolean intoOr) {
        StringBuilder run = new StringBuilder(name.text());
        int taken = 0;
        for (int k = 0; k < MAX_EXTRA_WORDS && next + k < Math.min(end, groups.size()); k++) {
            List<Clause> group = groups.get(next + k);
            String word = firstPlainWord(group);
            if (word == null || (group.size() > 1 && !intoOr)) {
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
        return isName(c) ? c : null;
    }

    /** True for an unquoted author or place. */
    private static boolean isName(Clause c) {
        return c.target() == Target.FIELD && !c.phrase() && NAME_FIELDS.contains(c.field());
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
