package vn.khotin.index;

import java.io.IOException;
import org.apache.lucene.search.IndexSearcher;

/** A function over a searcher that may throw IOException ({@link ArticleIndex#withSearcher}). */
@FunctionalInterface
public interface SearcherFunction<T> {
    T apply(IndexSearcher searcher) throws IOException;
}
