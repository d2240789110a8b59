package vn.khotin.search;

import static vn.khotin.analysis.VietnameseText.capitalised;

import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import vn.khotin.analysis.VietnameseAnalysis.Role;
import vn.khotin.search.QueryUnits.Kind;
import vn.khotin.search.QueryUnits.Unit;

/**
 * Names the archive writes without diacritics ("Nha Trang", a city written so, not "Nhà Trắng"): an accent
 * restoration of the suggest stage ({@link Suggestions}) leaves them as typed, and the compile stage ranks the
 * articles that write them so first ({@link #boost}). Stateless.
 */
final class BareNames {

    /** A capitalised pair typed without diacritics is a name written so when this many titles and sapos have it. */
    static final int WRITTEN_PAIRS = 3;
    /**
     * The weight of such a name written as typed, per field weight: twice a place's ({@link FoldedPlaces#NAME_BOOST}),
     * as the other reading is often in many short titles whose folded matches score high.
     */
    static final float NAME_BOOST = 2f;

    private BareNames() {}

    /**
     * The restoration with every capitalised word put back that forms, exactly as typed, a capitalised pair the
     * archive's titles and sapos write so.
     */
    static String keepingNamesWrittenBare(IndexReader reader, String typed, String restored) {
        String[] t = typed.strip().split("\\s+");
        String[] r = restored.strip().split("\\s+");
        if (t.length != r.length) {
            return restored;
        }
        for (int i = 0; i + 1 < t.length; i++) {
            if (capitalised(t[i]) && capitalised(t[i + 1]) && writtenPair(reader, t[i], t[i + 1])) {
                r[i] = t[i];
                r[i + 1] = t[i + 1];
            }
        }
        return String.join(" ", r);
    }

    /**
     * A boost for the articles that write, as typed, each capitalised pair typed without diacritics that the archive
     * writes so ({@link #WRITTEN_PAIRS}); null if there is none. Typed bare, "Nha Trang" matches "Nhà Trắng" as
     * well (a word typed without diacritics matches its folded form), which news of the White House writes far more
     * often than any article names the city: without it, two of the first three results were about Washington.
     */
    static Query boost(IndexReader reader, List<Unit> units) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int n = 0;
        for (int i = 0; i + 1 < units.size(); i++) {
            Unit left = units.get(i);
            Unit right = units.get(i + 1);
            if (bareName(left) && bareName(right) && writtenPair(reader, left.text(), right.text())) {
                String pair = IntendedAccents.pairTerm(left.text()) + "_" + IntendedAccents.pairTerm(right.text());
                for (String base : UnitQueries.TEXT_BASES) {
                    b.add(new BoostQuery(new TermQuery(new Term(Role.WORDS.field(base), pair)),
                            UnitQueries.WEIGHTS.get(base) * NAME_BOOST), Occur.SHOULD);
                }
                n++;
            }
        }
        return n == 0 ? null : b.build();
    }

    /** A word typed as a name without diacritics ({@link CapitalisedNames#titleCase}). */
    private static boolean bareName(Unit u) {
        return u.kind() == Kind.WORD && !u.accented() && CapitalisedNames.titleCase(u.text());
    }

    private static boolean writtenPair(IndexReader reader, String left, String right) {
        return IntendedAccents.exactPairFrequency(reader, left, right) >= WRITTEN_PAIRS;
    }
}
