package vn.khotin.analysis;

import java.nio.CharBuffer;
import java.text.Normalizer;
import java.util.Arrays;

/**
 * Reads training text for the accent model: normalizes it (NFC, new-style tones, lower case) and hands out
 * its words with their case, or its sentences as word ids with numbers and punctuation as tokens of their
 * own. Reused across texts (one per training run); not thread-safe.
 */
final class AccentTexts {
    private int[] ids = new int[256];
    private int len;

    interface SentenceSink {
        void sentence(int[] ids, int len);
    }

    /**
     * Counts the words of a text, with their case as evidence; the first word of each sentence tells
     * nothing about its case when the text is made of {@code sentences} (a phrase's does).
     */
    void words(String text, boolean sentences, WordTypes sink) {
        char[] a = normalizeKeepingCase(text);
        boolean[] first = {sentences};
        AccentTokenizer.scan(CharBuffer.wrap(a), (kind, start, end) -> {
            switch (kind) {
                case WORD -> {
                    WordTypes.Case written = WordTypes.caseOf(a, start, end - start, first[0]);
                    for (int i = start; i < end; i++) {
                        a[i] = VietnameseText.toLowerCase(a[i]);
                    }
                    sink.add(a, start, end - start, written);
                    first[0] = false;
                }
                case NUMBER -> first[0] = false;
                case BREAK -> first[0] = sentences;
                case PUNCT -> { }
            }
        });
    }

    /** Sentences as ids, with {@code <s>} and {@code </s>} around them when {@code bounded}. */
    void sentences(String text, AccentVocabulary vocab, boolean bounded, SentenceSink sink) {
        char[] a = normalize(text);
        len = 0;
        AccentTokenizer.scan(CharBuffer.wrap(a), (kind, start, end) -> {
            switch (kind) {
                case WORD -> push(vocab.id(a, start, end - start));
                case NUMBER -> push(AccentVocabulary.NUM);
                case PUNCT -> {
                    if (len > 0 && ids[len - 1] != AccentVocabulary.PUNCT) {
                        push(AccentVocabulary.PUNCT);
                    }
                }
                case BREAK -> flush(bounded, sink);
            }
        });
        flush(bounded, sink);
    }

    private void push(int id) {
        if (len + 2 >= ids.length) {
            ids = Arrays.copyOf(ids, ids.length * 2);
        }
        ids[len++] = id;
    }

    private void flush(boolean bounded, SentenceSink sink) {
        if (len > 0 && ids[len - 1] == AccentVocabulary.PUNCT) {
            len--;
        }
        if (len == 0) {
            return;
        }
        if (bounded) {
            System.arraycopy(ids, 0, ids, 1, len);
            ids[0] = AccentVocabulary.BOS;
            ids[len + 1] = AccentVocabulary.EOS;
            len += 2;
        }
        sink.sentence(ids, len);
        len = 0;
    }

    /** NFC, lower case, new-style tones; lengths of words never change. */
    static char[] normalize(String text) {
        char[] a = normalizeKeepingCase(text);
        for (int i = 0; i < a.length; i++) {
            a[i] = VietnameseText.toLowerCase(a[i]);
        }
        return a;
    }

    /** NFC, new-style tones. */
    static char[] normalizeKeepingCase(String text) {
        String nfc = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
        char[] a = nfc.toCharArray();
        VietnameseText.toNewStyle(a, 0, a.length);
        return a;
    }
}
