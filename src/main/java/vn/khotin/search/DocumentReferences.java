package vn.khotin.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
import vn.khotin.analysis.VietnameseAnalysis.Role;
import vn.khotin.analysis.VietnameseText;
import vn.khotin.search.QueryUnits.Kind;
import vn.khotin.search.QueryUnits.Unit;

/**
 * Part of the compile stage ({@link QueryCompiler}): a legal document named by its kind and number ("Nghị định
 * 100", "Thông tư 22", "quyết định số 1193"). Matched as separate words, the number went anywhere: "Nghị định 100"
 * ranked "phạt tới 100 triệu đồng" and "hơn 100 nghị định" above the decree. Articles that write the kind with the
 * number right after it (one word such as "số" may stand between), or with a code the number begins
 * ("Nghị định 100/2019/NĐ-CP"), rank first. A ranking bonus, not a filter: the counts stay those of the words.
 * Stateless.
 */
final class DocumentReferences {

    /**
     * Added to an article that names the document: above the text scores (a title with every word and the
     * proximity phrase passes {@link RequiredUnits#ALL_NAMES_BONUS}: "hơn 100 nghị định" in a title outranked the
     * decree with 10), below {@link RequiredUnits#ALL_UNITS_BONUS}, so that a relaxed search still ranks
     * all-word articles first.
     */
    static final float REFERENCE_BONUS = 100f;

    /**
     * Added, besides {@link #REFERENCE_BONUS}, to an article that writes the whole code typed ("Nghị quyết
     * 35/NQ-CP"): first among the articles that name the document by its number alone ("Một năm Nghị quyết 35"),
     * which the code typed whole had left out.
     */
    static final float EXACT_CODE_BONUS = 50f;

    /** A typed code longer than this is no document's ("35/NQ-CP", "1193/QĐ-UBND" are 8 and 12 characters). */
    private static final int MAX_CODE_LENGTH = 30;

    /** Codes a number begins, per field, at most: "100/" begins a handful of codes in a large archive. */
    private static final int MAX_CODES = 64;

    /**
     * Kinds of legal documents, by the folded key of their full form or of the abbreviation a concept unit is
     * written with ({@code abbreviations.txt}: NĐ, NQ, QĐ), to their folded full form. Not "TT", which the list
     * reads as "thị trấn".
     */
    private static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("nd", "nghi dinh"), Map.entry("nghi dinh", "nghi dinh"),
            Map.entry("nq", "nghi quyet"), Map.entry("nghi quyet", "nghi quyet"),
            Map.entry("qd", "quyet dinh"), Map.entry("quyet dinh", "quyet dinh"),
            Map.entry("thong tu", "thong tu"), Map.entry("chi thi", "chi thi"),
            Map.entry("cong van", "cong van"), Map.entry("cong dien", "cong dien"),
            Map.entry("ket luan", "ket luan"));

    private DocumentReferences() {}

    /**
     * The units with the number of each document they name written as the start of its code ("100" → "100/",
     * {@link CodeWords#documentNumber}): "Nghị định 100" also matches "Nghị định 100/2019/NĐ-CP", where the
     * code is one term. A whole code typed ("Nghị quyết 35/NQ-CP") keeps its unit, with the start of the codes as
     * its number alone as its short form ({@link Unit#keptWord}): articles often name the document so. A year ("Nghị quyết 2020") is left as it is: years are ranked, not required.
     */
    static List<Unit> withCodes(List<Unit> units) {
        List<Unit> out = null;
        for (int i = 0; i < units.size(); i++) {
            Reference r = referenceAt(units, i);
            String typed = r == null ? null : units.get(r.numberAt()).text();
            if (r != null && !isYear(typed)) {
                out = out == null ? new ArrayList<>(units) : out;
                String number = number(typed);
                // a whole code stays what is searched; its number alone is the short form ("Một năm Nghị quyết
                // 35"), not another code it begins ("35/NQ-TW" is another resolution)
                out.set(r.numberAt(), number.length() + 1 < typed.length()
                        ? new Unit(Kind.WORD, typed, false, false, number)
                        : new Unit(Kind.WORD, number + "/", false, false));
            }
        }
        return out == null ? units : out;
    }

    /** The bonus for the documents the plain units name, or null when they name none. */
    static Query bonus(IndexReader reader, List<Unit> units) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        BooleanQuery.Builder exact = new BooleanQuery.Builder();
        int n = 0;
        int codes = 0;
        for (int i = 0; i < units.size(); i++) {
            Reference r = referenceAt(units, i);
            if (r == null) {
                continue;
            }
            String typed = units.get(r.numberAt()).text();
            String number = number(typed);
            boolean wholeCode = typed.length() > number.length() + 1;
            String code = VietnameseText.fold(VietnameseText.toNewStyle(typed.toLowerCase(Locale.ROOT)));
            for (String base : UnitQueries.TEXT_BASES) {
                String field = Role.FOLDED.field(base);
                n++;
                if (!wholeCode) {
                    any.add(reference(reader, field, r.kind(), number), Occur.SHOULD);
                    continue;
                }
                any.add(reference(field, r.kind(), new Term[] {new Term(field, number), new Term(field, code)}),
                        Occur.SHOULD);
                exact.add(reference(field, r.kind(), new Term[] {new Term(field, code)}), Occur.SHOULD);
                codes++;
            }
        }
        if (n == 0) {
            return null;
        }
        Query named = new BoostQuery(new ConstantScoreQuery(any.build()), REFERENCE_BONUS);
        if (codes == 0) {
            return named;
        }
        return new BooleanQuery.Builder().add(named, Occur.SHOULD)
                .add(new BoostQuery(new ConstantScoreQuery(exact.build()), EXACT_CODE_BONUS), Occur.SHOULD).build();
    }

    /** The number a document's code begins with ("35" of "35/NQ-CP"), or the word itself ("100"). */
    private static String number(String typed) {
        int slash = typed.indexOf('/');
        return slash < 0 ? typed : typed.substring(0, slash);
    }

    /** A document named in the units: the folded full form of its kind, and the index of its number's unit. */
    private record Reference(String kind, int numberAt) {}

    /**
     * The document whose kind starts at unit {@code i} (a concept such as "NĐ" for "Nghị định", or two words such
     * as "Thông tư") and whose number follows it, "số" (number) allowed between; null if there is none.
     */
    private static Reference referenceAt(List<Unit> units, int i) {
        Unit u = units.get(i);
        String kind = null;
        int at = i + 1;
        if (u.kind() == Kind.CONCEPT || u.kind() == Kind.PHRASE) {
            kind = KINDS.get(QueryUnits.key(u.text()));
        } else if (u.kind() == Kind.WORD && i + 1 < units.size() && units.get(i + 1).kind() == Kind.WORD) {
            String pair = QueryUnits.key(u.text() + " " + units.get(i + 1).text());
            kind = pair.equals(KINDS.get(pair)) ? pair : null;
            at = i + 2;
        }
        if (kind == null) {
            return null;
        }
        if (at < units.size() && units.get(at).stopword() && QueryUnits.key(units.get(at).text()).equals("so")) {
            at++;
        }
        return at < units.size() && isNumber(units.get(at)) ? new Reference(kind, at) : null;
    }

    /**
     * A number of one to five digits, one already written as the start of a code ("100/"), or a whole code it begins
     * ("35/NQ-CP", "67/2014/NĐ-CP"; a number and year, "100/2019", is the start of the codes, {@link
     * CodeWords#documentNumber}).
     */
    private static boolean isNumber(Unit u) {
        String t = number(u.text());
        String rest = u.text().substring(t.length());
        return u.kind() == Kind.WORD && !t.isEmpty() && t.length() <= 5 && t.chars().allMatch(Character::isDigit)
                && (rest.isEmpty() || rest.equals("/")
                        || (u.text().length() <= MAX_CODE_LENGTH && rest.chars().anyMatch(Character::isLetter)));
    }

    private static boolean isYear(String t) {
        return t.length() == 4 && (t.startsWith("19") || t.startsWith("20"));
    }

    /** The kind's words, then the number or a code it begins, with at most one word between. */
    private static Query reference(IndexReader reader, String field, String kind, String number) {
        return reference(field, kind, numberOrCodes(reader, field, number));
    }

    private static Query reference(String field, String kind, Term[] numbers) {
        MultiPhraseQuery.Builder phrase = new MultiPhraseQuery.Builder().setSlop(1);
        for (String word : kind.split(" ")) {
            phrase.add(new Term(field, word));
        }
        phrase.add(numbers);
        return phrase.build();
    }

    private static Term[] numberOrCodes(IndexReader reader, String field, String number) {
        List<Term> terms = new ArrayList<>();
        terms.add(new Term(field, number));
        if (reader == null) {
            return terms.toArray(Term[]::new);
        }
        BytesRef prefix = new BytesRef(number + "/");
        try {
            for (LeafReaderContext leaf : reader.leaves()) {
                Terms t = leaf.reader().terms(field);
                if (t == null) {
                    continue;
                }
                TermsEnum e = t.iterator();
                if (e.seekCeil(prefix) == TermsEnum.SeekStatus.END) {
                    continue;
                }
                for (BytesRef term = e.term();
                        term != null && StringHelper.startsWith(term, prefix) && terms.size() <= MAX_CODES;
                        term = e.next()) {
                    Term code = new Term(field, BytesRef.deepCopyOf(term));
                    if (!terms.contains(code)) {
                        terms.add(code);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms.toArray(Term[]::new);
    }
}
