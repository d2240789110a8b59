package vn.khotin.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import vn.khotin.analysis.VietnameseText;

/**
 * Part of the compile stage: how an index's syllable field writes each syllable typed without diacritics ("son" →
 * sơn, sởn, són …, "doong" → đoòng), read from the field's terms, so that a word the search requires whole can be
 * looked up in the word field of a base that has no folded word field (the body: {@link WordTermFilters}). Only
 * terms with a letter beyond ASCII are kept (11,217 of the body's 96,762 at 100,000 articles, read in 10–100 ms);
 * a term without one is its own folded form. Kept for the reader it was read from and read again for the next one.
 * Thread-safe.
 */
final class WrittenSyllables {

    private volatile Memory memory = new Memory(null, null, Map.of());

    /** The forms of one reader's field (null key: none yet). */
    private record Memory(Object readerKey, String field, Map<String, List<String>> forms) {}

    /**
     * The written forms of a folded syllable in the field of this reader, the folded form itself first (whether or
     * not the field has it).
     */
    List<String> of(IndexReader reader, String field, String folded) {
        List<String> written = forms(reader, field).get(folded);
        List<String> out = new ArrayList<>(1 + (written == null ? 0 : written.size()));
        out.add(folded);
        if (written != null) {
            for (String w : written) {
                if (!w.equals(folded)) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    private Map<String, List<String>> forms(IndexReader reader, String field) {
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        Memory m = memory;
        if (helper != null && m.readerKey() == helper.getKey() && field.equals(m.field())) {
            return m.forms();
        }
        Map<String, List<String>> read = read(reader, field);
        if (helper != null) {
            memory = new Memory(helper.getKey(), field, read);
        }
        return read;
    }

    private static Map<String, List<String>> read(IndexReader reader, String field) {
        Map<String, List<String>> forms = new HashMap<>();
        try {
            // the reader's terms merged across segments: each written form comes once
            Terms terms = MultiTerms.getTerms(reader, field);
            TermsEnum it = terms == null ? TermsEnum.EMPTY : terms.iterator();
            for (BytesRef t = it.next(); t != null; t = it.next()) {
                if (beyondAscii(t)) {
                    String written = t.utf8ToString();
                    forms.computeIfAbsent(VietnameseText.fold(written), k -> new ArrayList<>(4)).add(written);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        forms.replaceAll((k, v) -> List.copyOf(v));
        return forms;
    }

    private static boolean beyondAscii(BytesRef t) {
        for (int i = 0; i < t.length; i++) {
            if (t.bytes[t.offset + i] < 0) {
                return true;
            }
        }
        return false;
    }
}
