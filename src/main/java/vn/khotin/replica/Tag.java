package vn.khotin.replica;

import java.util.Arrays;

/**
 * A tag: stable numeric ID, display name, slug, and the table positions of its articles (newest first once
 * {@link ArticleStore} has sorted them). Guarded by the store's lock.
 */
final class Tag {
    final long id;
    final String name;
    final String slug;
    int[] positions = new int[4];
    int count;

    Tag(long id, String name, String slug) {
        this.id = id;
        this.name = name;
        this.slug = slug;
    }

    void add(int pos) {
        if (count > 0 && positions[count - 1] == pos) {
            return;
        }
        if (count == positions.length) {
            positions = Arrays.copyOf(positions, count * 2);
        }
        positions[count++] = pos;
    }
}
