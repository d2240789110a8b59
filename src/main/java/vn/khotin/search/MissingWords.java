package vn.khotin.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
import vn.khotin.analysis.VietnameseText;

/**
 * Part of the answer to a search that finds nothing: the words typed that no article writes, so that the researcher
 * knows which one to drop. "Nghị định 100/2019" found nothing with only the generic hint, while "Nghị định" alone
 * finds hundreds: the archive has no "100/2019" at all. A code counts as written when some code it begins is
 * ("100/2019" in "100/2019/NĐ-CP"); a word with a hyphen or a dot counts when its pieces are ("Hang-seo"), not a
 * code with a slash, which is indexed whole ("100" and "2019" are everywhere). Stateless.
 */
final class MissingWords {

    private MissingWords() {}

    /**
     * What a search that found nothing says about the words no article writes.
     *
     * @param warnings the Vietnamese note naming them; empty when every word is written
     * @param rest the query without them, for a link that searches the other words; null when every word is
     *     written or nothing would be left
     */
    record Note(List<String> warnings, String rest) {
        static final Note NONE = new Note(List.of(), null);
    }

    /** The typed words no article writes, named in a note, and the query without them. */
    static Note note(IndexReader reader, String query) throws IOException {
        return note(reader, query, w -> false);
    }

    /**
     * As {@link #note(IndexReader, String)}, leaving alone the words {@code keystrokes} reads as a word typed with the
     * input method off: "Ddinh" and "Lieem" of {@code Ddinh Nho Lieem} are "Đinh Liêm", not words to drop, and "Nho"
     * (grapes) alone was offered for a name the archive lacks.
     */
    static Note note(IndexReader reader, String query, Predicate<String> keystrokes) throws IOException {
        List<String> missing = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (String raw : query.strip().split("\\s+")) {
            String w = QueryUnits.trim(raw);
            if (w.isEmpty() || raw.startsWith("-") || raw.contains(":") || w.equals("OR") || w.equals("AND")
                    || written(reader, w) || keystrokes.test(w)) {
                kept.add(pending + raw);
                pending.setLength(0);
                continue;
            }
            if (!missing.contains(w)) {
                missing.add(w);
            }
            // the quotes around a phrase stay balanced: "Nghị định 100/2019" → "Nghị định"
            int at = raw.indexOf(w);
            String before = raw.substring(0, at).replaceAll("[^\"]", "");
            String after = raw.substring(at + w.length()).replaceAll("[^\"]", "");
            if (!before.isEmpty() && !after.isEmpty()) {
                continue; // a phrase of this word alone goes with it
            }
            pending.append(before);
            if (!after.isEmpty() && !kept.isEmpty()) {
                kept.set(kept.size() - 1, kept.get(kept.size() - 1) + after);
            } else {
                pending.append(after);
            }
        }
        if (missing.isEmpty()) {
            return Note.NONE;
        }
        String quoted = String.join(", ", missing.stream().map(m -> "“" + m + "”").toList());
        String rest = String.join(" ", kept).strip();
        rest = rest.isEmpty() || rest.equals("OR") || rest.equals("AND") ? null : rest;
        // with no other word to search, there is nothing to leave the missing ones out for
        String warning = (missing.size() == 1 ? "Không bài nào trong kho có " : "Không bài nào trong kho có các từ ")
                + quoted + (rest == null ? "."
                        : ": bỏ " + (missing.size() == 1 ? "từ này" : "các từ này") + " để tìm với những từ còn lại.");
        return new Note(List.of(warning), rest);
    }

    /**
     * A result that found nothing, with the words no article writes named ({@link #note}), and the query without them
     * offered when it finds articles and no other suggestion is.
     */
    static SearchResult noted(IndexSearcher searcher, String query, SearchResult result, Predicate<String> keystrokes,
            QueryCounter counter) throws IOException {
        Note note = note(searcher.getIndexReader(), query, keystrokes);
        SearchResult warned = result.warnedAlso(note.warnings());
        if (note.rest() == null || result.suggestion() != null) {
            return warned;
        }
        long hits = counter.count(searcher, note.rest());
        return hits == 0 ? warned : warned.suggesting(new Suggestion(note.rest(),
                Suggestion.Kind.WITHOUT_MISSING_WORDS, hits, "Tìm với những từ còn lại: " + note.rest()));
    }

    /**
     * Whether some article writes the word: as a term, by its pieces (a hyphen or a dot), or as the beginning of a
     * code.
     */
    private static boolean written(IndexReader reader, String w) throws IOException {
        boolean accented = VietnameseText.hasDiacritics(w);
        String field = SpellingCorrection.writtenWords(reader, accented);
        String lower = VietnameseText.toNewStyle(w.toLowerCase(Locale.ROOT));
        String term = accented ? lower : VietnameseText.fold(lower);
        return reader.docFreq(new Term(field, term)) > 0
                || (term.indexOf('/') < 0 && SpellingCorrection.piecesIndexed(reader, field, term))
                || beginsATerm(reader, field, term + "/") || endsACode(reader, field, w);
    }

    /** Whether the word is a document's kind ("NĐ-CP") that ends some code written ("100/2019/NĐ-CP"). */
    private static boolean endsACode(IndexReader reader, String field, String w) throws IOException {
        String ending = DocumentKinds.codeEnding(w);
        return ending != null && DocumentKinds.written(reader, field, ending);
    }


    private static boolean beginsATerm(IndexReader reader, String field, String prefix) throws IOException {
        BytesRef p = new BytesRef(prefix);
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(field);
            if (terms == null) {
                continue;
            }
            TermsEnum e = terms.iterator();
            if (e.seekCeil(p) != TermsEnum.SeekStatus.END && StringHelper.startsWith(e.term(), p)) {
                return true;
            }
        }
        return false;
    }
}
