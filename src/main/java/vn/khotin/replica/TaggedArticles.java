package vn.khotin.replica;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The articles of one or several tags (a tag page, a topic page), each once. Called by {@link ArticleStore} under
 * its read lock.
 */
final class TaggedArticles {

    private TaggedArticles() {
    }

    /** IDs from {@code offset}, newest first. */
    static List<Long> newestFirst(ArticleTable table, List<Tag> tags, int offset, int limit) {
        TreeSet<Integer> positions = new TreeSet<>(table::compareNewestFirst);
        for (Tag t : tags) {
            for (int i = 0; i < t.count; i++) {
                positions.add(t.positions[i]);
            }
        }
        List<Long> out = new ArrayList<>();
        int i = 0;
        for (int p : positions) {
            if (i++ >= offset && out.size() < limit) {
                out.add(table.id(p));
            }
        }
        return out;
    }

    static int count(List<Tag> tags) {
        Set<Integer> positions = new HashSet<>();
        for (Tag t : tags) {
            for (int i = 0; i < t.count; i++) {
                positions.add(t.positions[i]);
            }
        }
        return positions.size();
    }
}
