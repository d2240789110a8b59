package vn.khotin.search.eval;

import java.io.IOException;
import java.util.List;

/**
 * A search system under evaluation: a query as the user typed it in, the keys ({@link EvalArchive}) of its
 * best articles out, best first. Khotin and each peer implement it over the same archive.
 */
public interface RankingSystem extends AutoCloseable {

    /** The name printed in tables. */
    String name();

    /** The keys of the best {@code k} articles for the query, best first; empty when nothing matches. */
    List<String> search(String query, int k) throws IOException;

    @Override
    default void close() throws IOException {}
}
