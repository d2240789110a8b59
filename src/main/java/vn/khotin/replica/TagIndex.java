package vn.khotin.replica;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/** The replica's tags by ID and by slug. Not thread-safe: {@link ArticleStore} guards it with its lock. */
final class TagIndex {

    private final Map<String, Tag> bySlug = new HashMap<>();
    private final Map<Long, Tag> byId = new HashMap<>();

    /** The tag of this name, created with a stable ID (from its slug) when it is new. */
    Tag tag(String name) {
        String slug = Slugs.slugify(name);
        Tag t = bySlug.get(slug);
        if (t == null) {
            long id = 1_000 + Math.floorMod(TextHashes.textHash(slug), 170_000);
            while (byId.containsKey(id)) {
                id++;
            }
            t = new Tag(id, name, slug);
            bySlug.put(slug, t);
            byId.put(id, t);
        }
        return t;
    }

    /** The tag with this ID, or null. */
    Tag byId(long id) {
        return byId.get(id);
    }

    /** The tag of this name (matched by slug), or null. */
    Tag byName(String name) {
        return bySlug.get(Slugs.slugify(name));
    }

    /** Puts every tag's positions in the given order (newest first, as the listings show them). */
    void sortPositions(Comparator<Integer> order) {
        for (Tag t : byId.values()) {
            Integer[] ps = new Integer[t.count];
            for (int i = 0; i < t.count; i++) {
                ps[i] = t.positions[i];
            }
            Arrays.sort(ps, order);
            for (int i = 0; i < t.count; i++) {
                t.positions[i] = ps[i];
            }
        }
    }
}
