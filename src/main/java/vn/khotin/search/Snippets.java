package vn.khotin.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import vn.khotin.analysis.VietnameseAnalysis.Role;
import vn.khotin.model.Article;
import vn.khotin.model.Fields;
import vn.khotin.index.ArticleSchema;
import vn.khotin.index.TextAnalysis;

/**
 * Highlighted passages with the UnifiedHighlighter over the offsets indexed in the postings. Each displayed
 * field is highlighted together with its folded and word fields ("masked" fields sharing its text), so a
 * folded match ("ha tinh" → "Hà Tĩnh") or an abbreviation's expansion ("UBND" → "Ủy ban nhân dân") is marked
 * too. The highlight stage of a search: the passages come back as {@link HighlightedText} (see
 * {@link PassageSegments}), not as HTML.
 */
final class Snippets {

    private Snippets() {}

    /**
     * Per doc: [0] highlighted title (whole), [1] best body or sapo passages, null if nothing matched there.
     *
     * @param articles the stored article of each doc (same order as {@code docIds}): the highlighter takes the
     *     texts from them rather than from stored text fields, so the body is stored once (in the source JSON)
     *     and read once per hit
     */
    static HighlightedText[][] highlight(IndexSearcher searcher, TextAnalysis analysis, Query query, int[] docIds,
            Article[] articles) throws IOException {
        HighlightedText[][] out = new HighlightedText[docIds.length][2];
        if (docIds.length == 0) {
            return out;
        }
        Map<Integer, Article> byDoc = new HashMap<>();
        for (int i = 0; i < docIds.length; i++) {
            byDoc.put(docIds[i], articles[i]);
        }
        UnifiedHighlighter.Builder b = UnifiedHighlighter.builder(searcher, analysis.indexAnalyzer())
                .withFormatter(new PassageSegments())
                .withHighlightPhrasesStrictly(true)
                .withHandleMultiTermQuery(false)
                .withMaxLength(20_000)
                .withMaskedFieldsFunc(Snippets::masked)
                .withScorer(SCORER);
        Highlighter h = new Highlighter(b, byDoc);
        Map<String, Object[]> byField = h.segments(
                new String[] {ArticleSchema.TITLE, ArticleSchema.BODY}, query, docIds, new int[] {1, 2});
        Object[] title = byField.get(ArticleSchema.TITLE);
        Object[] body = byField.get(ArticleSchema.BODY);
        // The sapo is the snippet only where the body has no match: highlight it for those hits alone (each
        // highlighted field costs a postings lookup per term and hit).
        int[] noBodyMatch = new int[docIds.length];
        int n = 0;
        for (int i = 0; i < docIds.length; i++) {
            out[i][0] = (HighlightedText) title[i];
            if (body[i] instanceof HighlightedText passages && passages.hasMatch()) {
                out[i][1] = passages;
            } else {
                noBodyMatch[n++] = i;
            }
        }
        if (n > 0) {
            int[] docs = new int[n];
            for (int k = 0; k < n; k++) {
                docs[k] = docIds[noBodyMatch[k]];
            }
            Object[] sapo = h.segments(new String[] {ArticleSchema.SAPO}, query, docs, new int[] {1})
                    .get(ArticleSchema.SAPO);
            for (int k = 0; k < n; k++) {
                out[noBodyMatch[k]][1] = (HighlightedText) sapo[k];
            }
        }
        return out;
    }

    /**
     * The UnifiedHighlighter reading each hit's texts from its stored article, with whole titles and sentence
     * passages elsewhere; it hands back the formatter's objects (the {@link HighlightedText}s), which only a
     * subclass may ask for.
     */
    private static final class Highlighter extends UnifiedHighlighter {
        private final Map<Integer, Article> byDoc;

        Highlighter(UnifiedHighlighter.Builder builder, Map<Integer, Article> byDoc) {
            super(builder);
            this.byDoc = byDoc;
        }

        Map<String, Object[]> segments(String[] fields, Query query, int[] docIds, int[] maxPassages)
                throws IOException {
            return highlightFieldsAsObjects(fields, query, docIds, maxPassages);
        }

        @Override
        protected BreakIterator getBreakIterator(String field) {
            return field.equals(ArticleSchema.TITLE) ? new org.apache.lucene.search.uhighlight.WholeBreakIterator()
                    : new SentenceBreakIterator();
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter,
                int cacheCharsThreshold) throws IOException {
            List<CharSequence[]> out = new ArrayList<>();
            for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
                Article a = byDoc.get(doc);
                CharSequence[] values = new CharSequence[fields.length];
                for (int f = 0; f < fields.length; f++) {
                    String text = a == null ? "" : text(a, fields[f]);
                    values[f] = text.length() > getMaxLength() ? text.substring(0, getMaxLength()) : text;
                }
                out.add(values);
            }
            return out;
        }

        @Override
        protected int getMaxNoHighlightPassages(String field) {
            return field.equals(ArticleSchema.TITLE) ? 1 : 0;
        }
    }

    private static final PassageScorer SCORER = new LeanPassageScorer();

    /**
     * Lucene's default passage score, computed without its per-passage hash of terms: that hash allocates a
     * 32 KB block for every candidate passage, which made passage scoring the largest cost of highlighting.
     * Same formula, same summation order (distinct terms in order of first match), hence the same scores: the
     * sum over the passage's distinct terms of {@code tf(matches in passage) × weight(frequency in document)},
     * times the position norm.
     */
    static final class LeanPassageScorer extends PassageScorer {

        @Override
        public float score(Passage passage, int contentLength) {
            int n = passage.getNumMatches();
            BytesRef[] terms = passage.getMatchTerms();
            int[] docFreqs = passage.getMatchTermFreqsInDoc();
            BytesRef[] distinct = new BytesRef[n];
            int[] inPassage = new int[n];
            int[] inDoc = new int[n];
            int size = 0;
            for (int i = 0; i < n; i++) {
                int k = 0;
                while (k < size && !distinct[k].bytesEquals(terms[i])) {
                    k++;
                }
                if (k == size) {
                    distinct[size] = terms[i];
                    inDoc[size] = docFreqs[i];
                    size++;
                }
                inPassage[k]++;
            }
            double score = 0;
            for (int k = 0; k < size; k++) {
                score += tf(inPassage[k], passage.getLength()) * weight(contentLength, inDoc[k]);
            }
            return (float) (score * norm(passage.getStartOffset()));
        }
    }

    /**
     * The text the index analyzed for a displayed field ({@link ArticleSchema#textValue}); only fields the
     * registry declares highlighted (offsets in the postings) can be displayed.
     */
    private static String text(Article a, String field) {
        if (!Fields.text(field).map(Fields.TextFieldSpec::highlighted).orElse(false)) {
            throw new IllegalArgumentException("not a displayed field: " + field);
        }
        return ArticleSchema.textValue(field, a);
    }

    private static Set<String> masked(String field) {
        if (!ArticleSchema.TEXT_FIELDS.contains(field)) {
            return Set.of();
        }
        java.util.Set<String> s = new java.util.HashSet<>();
        for (Role r : TextAnalysis.roles(field)) {
            if (r == Role.FOLDED) {
                s.add(r.field(field));
            }
        }
        return s;
    }
}
