package vn.khotin.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import vn.khotin.analysis.VietnameseText;

/**
 * Part of the compile stage: how an index's syllable field writes each syllable typed without diacritics ("son" →
 * sơn, sởn, són …, "doong" → đoòng), read from the field's terms, so that a word the search requires whole can be
 * looked up in the word field of a base that has no folded word field (the body: {@link WordTermFilters}). Only
 * terms with a letter beyond ASCII are kept (11,217 of the body's 96,762 at 100,000 articles, read in 10–100 ms);
 * a term without one is its own folded form. Read segment by segment and kept for as long as the segment is in
 * the reader: after a refresh only the new segments are read (a crawl's refreshes add small ones). Thread-safe.
 */
final class WrittenSyllables {

    private volatile Memory memory = new Memory(null, null, List.of(), Map.of());

    /**
     * The forms of one reader's field (null key: none yet), segment by segment, and each segment's forms by its
     * core key, for the next reader to reuse.
     */
    private record Memory(Object readerKey, String field, List<Map<String, List<String>>> bySegment,
            Map<Object, Map<String, List<String>>> byCore) {}

    /**
     * The written forms of a folded syllable in the field of this reader, the folded form itself first (whether or
     * not the field has it), each once.
     */
    List<String> of(IndexReader reader, String field, String folded) {
        Set<String> out = new LinkedHashSet<>();
        out.add(folded);
        for (Map<String, List<String>> segment : forms(reader, field)) {
            List<String> written = segment.get(folded);
            if (written != null) {
                out.addAll(written);
            }
        }
        return List.copyOf(out);
    }

    private List<Map<String, List<String>>> forms(IndexReader reader, String field) {
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        Memory m = memory;
        if (helper != null && m.readerKey() == helper.getKey() && field.equals(m.field())) {
            return m.bySegment();
        }
        Map<Object, Map<String, List<String>>> previous = field.equals(m.field()) ? m.byCore() : Map.of();
        List<Map<String, List<String>>> bySegment = new ArrayList<>();
        Map<Object, Map<String, List<String>>> byCore = new IdentityHashMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            LeafReader segment = leaf.reader();
            IndexReader.CacheHelper core = segment.getCoreCacheHelper();
            Map<String, List<String>> forms = core == null ? null : previous.get(core.getKey());
            if (forms == null) {
                forms = read(segment, field);
            }
            bySegment.add(forms);
            if (core != null) {
                byCore.put(core.getKey(), forms);
            }
        }
        if (helper != null) {
            memory = new Memory(helper.getKey(), field, List.copyOf(bySegment), byCore);
        }
        return bySegment;
    }

    private static Map<String, List<String>> read(LeafReader segment, String field) {
        Map<String, List<String>> forms = new HashMap<>();
        try {
            Terms terms = segment.terms(field);
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
