package vn.khotin.search;

import org.apache.lucene.search.IndexSearcher;

/**
 * A query with more distinct words than one search can weigh at once (each word is looked up in several fields and
 * forms, and Lucene stops at 1,024 terms): thirty codes in a row ("QL0 QL1 … QL29"). The message, in Vietnamese,
 * says what to do; a natural sentence pasted whole stays well within the limit (its stopwords and words of several
 * syllables count once).
 */
public final class QueryTooComplex extends RuntimeException {

    static final String MESSAGE = "Câu tìm có quá nhiều từ khác nhau để tìm cùng lúc. Hãy bớt từ, hoặc đặt các từ "
            + "cần đứng liền nhau trong ngoặc kép (\"…\").";

    QueryTooComplex(IndexSearcher.TooManyClauses cause) {
        super(MESSAGE, cause);
    }
}
