package vn.khotin.search;

import java.util.List;

/**
 * Part of the compile stage (a query's stopwords, {@code QueryUnits#markStopwords}): the words of a query asked as a
 * question that an article answering it does not write. Stateless.
 */
final class QuestionWords {

    private QuestionWords() {}

    /**
     * The question words of a query asked as a question ("vì sao", "như thế nào", "là gì"): an article answering it
     * rarely has them. Matched without diacritics, whole phrases only ("sao" alone is the star of "OCOP 4 sao").
     */
    private static final List<String> QUESTION_PHRASES = List.of("nhu the nao", "the nao", "vi sao", "tai sao",
            "la gi", "bao nhieu", "bao gio", "o dau", "khi nao", "ra sao", "co phai", "lam sao", "de lam gi");

    /**
     * A query of at least this many words ending in "không" or "chưa" asks a yes-or-no question ("… có gây thiệt hại
     * không"): the last word is the question's particle, not the negation an answer would write.
     */
    static final int MIN_YES_NO_QUESTION_WORDS = 5;
    private static final List<String> YES_NO_PARTICLES = List.of("khong", "chua");

    /**
     * The modal and light verbs of a query asked as a question ("khi nào mới cần phải đi phẫu thuật"): an answer
     * writes "phẫu thuật", not "cần phải đi". In `trẻ bị viêm amidan thì khi nào mới cần phải đi phẫu thuật cắt bỏ`
     * the title "Khối u lớn cần phải cắt bỏ" outranked "Khi nào nên cắt amidan?" on its "cần phải".
     */
    private static final List<String> MODALS = List.of("can", "phai", "nen", "di");

    /**
     * Sets {@code stop} for each word that only asks the question; {@code words} are a query's units folded and in
     * lower case ("the", "nao"), null for a unit that is no word. A query with a question word or particle loses its
     * modal verbs too ({@link #MODALS}).
     */
    static void mark(List<String> words, boolean[] stop) {
        if (markQuestion(words, stop)) {
            for (int i = 0; i < words.size(); i++) {
                if (words.get(i) != null && MODALS.contains(words.get(i))) {
                    stop[i] = true;
                }
            }
        }
    }

    /** Marks the question words and the final particle; whether there were any. */
    private static boolean markQuestion(List<String> words, boolean[] stop) {
        boolean any = false;
        int last = words.size() - 1;
        if (words.size() >= MIN_YES_NO_QUESTION_WORDS && words.get(last) != null
                && YES_NO_PARTICLES.contains(words.get(last))) {
            stop[last] = true;
            any = true;
        }
        for (String phrase : QUESTION_PHRASES) {
            String[] asked = phrase.split(" ");
            for (int i = 0; i + asked.length <= words.size(); i++) {
                boolean match = true;
                for (int k = 0; k < asked.length && match; k++) {
                    match = asked[k].equals(words.get(i + k));
                }
                if (match) {
                    for (int k = 0; k < asked.length; k++) {
                        stop[i + k] = true;
                    }
                    any = true;
                }
            }
        }
        return any;
    }
}
