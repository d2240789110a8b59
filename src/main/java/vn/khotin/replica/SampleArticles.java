package vn.khotin.replica;

import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;

/** The sample articles shipped with the replica: a JSON Lines resource with numeric IDs, read whole at load. */
final class SampleArticles {

    private static final String RESOURCE = "/vn/khotin/replica/samples.jsonl";

    private SampleArticles() {
    }

    /**
     * Hands each sample to {@code add}, in file order.
     *
     * @param relatedId maps a related reference (as written) to a numeric ID, or -1 if unknown
     */
    static void read(ToLongFunction<String> relatedId, Consumer<ReplicaArticle> add) throws IOException {
        byte[] all;
        try (InputStream in = SampleArticles.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("missing resource " + RESOURCE);
            }
            all = in.readAllBytes();
        }
        int start = 0;
        for (int i = 0; i <= all.length; i++) {
            if (i == all.length || all[i] == '\n') {
                if (i > start) {
                    add.accept(parse(all, start, i - start, relatedId));
                }
                start = i + 1;
            }
        }
    }

    private static ReplicaArticle parse(byte[] all, int start, int length, ToLongFunction<String> relatedId) {
        ArticleJson.Head h = ArticleJson.scan(all, start, length);
        long id = Long.parseLong(h.id());
        Category cat = Category.resolve(h.category(), id);
        OffsetDateTime pub = h.date() == null ? IdDates.dateFor(id) : ArticleJson.parseDate(h.date(), id);
        return ArticleJson.parse(all, start, length, id, cat, pub, relatedId);
    }
}
