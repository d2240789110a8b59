package vn.khotin.search;

import java.io.IOException;
import org.apache.lucene.search.IndexSearcher;

/** Counts a query text's matches: how the suggest stage weighs a correction ({@link Suggestions}). */
@FunctionalInterface
interface QueryCounter {
    long count(IndexSearcher searcher, String text) throws IOException;
}
