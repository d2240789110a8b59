package vn.khotin.search;

import org.apache.lucene.search.Query;

/**
 * A word of several syllables among a query's units ({@link WholeWords#words}): the units {@code from} (inclusive) to
 * {@code to} (exclusive) it is made of, the filter that an article writes them as one word, and whether it is a name
 * the analyzer joined from capitals rather than a lexicon word.
 */
record SyllableWord(int from, int to, Query filter, boolean name) {}
