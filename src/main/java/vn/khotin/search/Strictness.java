package vn.khotin.search;

/**
 * How much of a query's plain words an article must have: what the compile stage makes required
 * ({@link RequiredUnits}). A search tries them in this order while too few articles match
 * ({@link ForgivingSearch}); quoted phrases, exclusions, fields and dates are strict in all three.
 */
enum Strictness {
    /**
     * Every word, and each word of several syllables typed without diacritics written as one word: {@code tham
     * nhung} is the folded word "tham nhung" (tham nhũng), not "tham" in one sentence and "những" in another,
     * which nearly every article has. A place of the gazetteer typed capitalised is required as its name
     * ({@code Kỳ Anh}, not "kỳ họp" and "anh em").
     */
    WHOLE_WORDS,
    /** Every syllable, anywhere in the article: when fewer articles than a page write the words whole. */
    SYLLABLES,
    /**
     * Most of the words ({@link RequiredUnits#relaxedMinimum}; a word of several syllables counts once, written
     * whole), those with every word first: the relaxed search.
     */
    MOST_WORDS
}
