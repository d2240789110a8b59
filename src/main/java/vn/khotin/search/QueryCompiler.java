package vn.khotin.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import vn.khotin.analysis.VietnameseAnalysis.Role;
import vn.khotin.analysis.VietnameseText;
import vn.khotin.index.ArticleSchema;
import vn.khotin.index.TextAnalysis;
import vn.khotin.search.ParsedQuery.Clause;
import vn.khotin.search.ParsedQuery.Target;
import vn.khotin.search.QueryUnits.Kind;
import vn.khotin.search.QueryUnits.Unit;

/**
 * Turns a {@link ParsedQuery} into a Lucene query: BM25 over the text fields with title and sapo weighted above
 * body, each unit ({@link QueryUnits}: a word, or an abbreviation in any of its forms) matched in the best of its
 * fields (dis-max), each word with its own accents (typed without diacritics: the folded field; with them: the
 * exact field, the folded one only as a weak fallback when the exact form is nowhere in the archive), and a
 * proximity boost when the words occur together (a sloppy phrase and the word/bigram fields).
 *
 * <p>Strict, every unit is required. Relaxed ({@link #compile(ParsedQuery, IndexReader, boolean)}), the plain
 * units need only most of them to match ({@link #relaxedMinimum}) and articles with all of them are ranked first;
 * quoted phrases, exclusions, fields and dates stay strict. Thread-safe.
 */
final class QueryCompiler {

    /** Field weights: title and sapo above body. */
    static final Map<String, Float> WEIGHTS = weights();
    /** Weight of the folded field for an accented word: finds wrong accents, always below exact matches. */
    static final float FOLDED_FALLBACK = 0.1f;
    static final float TIE_BREAKER = 0.2f;
    static final float PHRASE_BOOST = 2f;
    static final float WORDS_BOOST = 1f;
    static final int PROXIMITY_SLOP = 3;
    /** How many of the first pass's best hits the body phrase may reorder. */
    static final int RESCORE_WINDOW = 50;
    /** A relaxed query needs at least this many plain units; fewer are always strict. */
    static final int MIN_RELAXED_UNITS = 3;
    /** Share of the plain units a relaxed match must have. */
    static final double RELAXED_SHARE = 0.6;
    /** Added to an article that has every unit, so that in a relaxed search those always rank first. */
    static final float ALL_UNITS_BONUS = 1000f;
    /**
     * Added, in a relaxed search, to an article that has every name the query capitalises ("Hà Tĩnh" in a long
     * question about earthquakes): below {@link #ALL_UNITS_BONUS}, above any text score.
     */
    static final float ALL_NAMES_BONUS = 10f;

    private static Map<String, Float> weights() {
        Map<String, Float> m = new LinkedHashMap<>();
        m.put(ArticleSchema.TITLE, 4f);
        m.put(ArticleSchema.SAPO, 2f);
        m.put(ArticleSchema.BODY, 1f);
        m.put(ArticleSchema.CAPTIONS, 0.5f);
        return m;
    }

    private static final List<String> TEXT_BASES = List.of(ArticleSchema.TITLE, ArticleSchema.SAPO, ArticleSchema.BODY);

    private final TextAnalysis analysis;
    private final QueryUnits units;
    /** With the abbreviation synonyms: for concepts, phrases and the proximity boost. */
    private final QueryBuilder synonyms;
    /** Without synonyms or stopword removal: one word as typed. */
    private final QueryBuilder plain;
    /** The word fields stack overlapping units at one position; they are only ever OR-ed, never as a graph. */
    private final QueryBuilder wordsBuilder;

    QueryCompiler(TextAnalysis analysis) {
        this.analysis = analysis;
        this.units = new QueryUnits(analysis.vietnamese());
        this.synonyms = new QueryBuilder(analysis.queryAnalyzer());
        // An abbreviation stands for its whole expansion: "CSGT" matches "cảnh sát giao thông" as a phrase, not
        // the four words anywhere in an article (which found four times as many articles, most of them wrong).
        this.synonyms.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        this.plain = new QueryBuilder(analysis.indexAnalyzer());
        this.wordsBuilder = new QueryBuilder(analysis.queryAnalyzer());
        this.wordsBuilder.setEnableGraphQueries(false);
    }

    /**
     * A compiled query and what goes with it: the query the highlighter gets (the proximity boost's sloppy phrases
     * replaced by their terms: as phrases they made the highlighter check positions in every hit, while their
     * words are marked anyway), the body phrase of the second pass, and the number of plain units (a query with
     * fewer than {@link #MIN_RELAXED_UNITS} is never relaxed).
     */
    record Compiled(Query query, Query highlight, Query bodyPhrase, int plainUnits) {}

    /** The strict query. */
    Query compile(ParsedQuery parsed, IndexReader reader) {
        return compile(parsed, reader, false).query();
    }

    /**
     * Compiles a query.
     *
     * @param reader the index, to tell whether an accented word exists as typed (if not, its folded form is
     *     searched as well, so a wrong accent still finds something); null to always add the weak fallback
     * @param relaxed whether the plain units need only most of them (see the class documentation)
     */
    Compiled compile(ParsedQuery parsed, IndexReader reader, boolean relaxed) {
        Build b = new Build(reader);
        List<Unit> plainUnits = withIntendedAccents(b, units.of(plainWords(parsed)));
        BooleanQuery.Builder top = new BooleanQuery.Builder();
        int required = requiredUnits(b, plainUnits, relaxed, top);
        int scoring = required;
        for (List<Clause> group : parsed.groups()) {
            if (isPlainWord(group)) {
                continue;
            }
            Query q = group(b, group);
            if (q != null) {
                boolean filterOnly = group.stream().allMatch(c -> isFilter(c.target()));
                top.add(q, filterOnly ? Occur.FILTER : Occur.MUST);
                required++;
                scoring += filterOnly ? 0 : 1;
            }
        }
        for (Clause c : parsed.excluded()) {
            Query x = clause(b, c);
            if (x != null) {
                top.add(x, Occur.MUST_NOT);
            }
        }
        String canonical = QueryUnits.canonicalText(plainUnits);
        boolean folded = QueryUnits.anyUnaccented(plainUnits);
        Query proximity = plainUnits.size() > 1 ? proximity(canonical, folded) : null;
        if (proximity != null) {
            top.add(proximity, Occur.SHOULD);
        }
        Query dates = dateRange(parsed.from(), parsed.to());
        if (dates != null) {
            top.add(dates, Occur.FILTER);
        }
        if (required == 0) {
            if (!parsed.groups().isEmpty()) {
                return new Compiled(new MatchNoDocsQuery("only punctuation"), null, null, 0);
            }
            top.add(new MatchAllDocsQuery(), Occur.MUST);
        } else if (scoring == 0) {
            top.add(new MatchAllDocsQuery(), Occur.SHOULD);
        }
        Query q = top.build();
        Query bodyPhrase = plainUnits.size() > 1 ? bodyPhrase(canonical, folded) : null;
        int counted = (int) plainUnits.stream().filter(u -> !u.stopword()).count();
        return new Compiled(q, highlightQuery(q, proximity), bodyPhrase, counted);
    }

    /** Per-compilation state: the reader asked whether words exist. */
    private record Build(IndexReader reader) {}

    /** The plain units as required clauses (strict), or as one clause needing most of them (relaxed). */
    private int requiredUnits(Build b, List<Unit> plainUnits, boolean relaxed, BooleanQuery.Builder top) {
        List<Query> unitQueries = new ArrayList<>();
        boolean[] nameUnit = new boolean[plainUnits.size()];
        boolean onlyNumbers = plainUnits.stream().filter(u -> !u.stopword()).allMatch(QueryCompiler::isYear);
        for (Unit u : plainUnits) {
            if (u.stopword()) {
                continue;
            }
            Query q = unit(b, WEIGHTS, u);
            if (q == null) {
                continue;
            }
            if (isYear(u) && !onlyNumbers) {
                // "cháy rừng Hà Tĩnh 2019": a year ranks articles that have it first but is not required (it is
                // often only in the article's date); other numbers name things ("Thông tư 22", "bão số 10")
                top.add(q, Occur.SHOULD);
            } else {
                nameUnit[unitQueries.size()] = isName(plainUnits, u);
                unitQueries.add(q);
            }
        }
        if (!relaxed || unitQueries.size() < MIN_RELAXED_UNITS) {
            unitQueries.forEach(q -> top.add(q, Occur.MUST));
            return unitQueries.size();
        }
        BooleanQuery.Builder most = new BooleanQuery.Builder().setMinimumNumberShouldMatch(
                relaxedMinimum(unitQueries.size()));
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        BooleanQuery.Builder names = new BooleanQuery.Builder();
        int nameCount = 0;
        for (int i = 0; i < unitQueries.size(); i++) {
            Query q = unitQueries.get(i);
            most.add(q, Occur.SHOULD);
            all.add(q, Occur.FILTER);
            if (nameUnit[i]) {
                names.add(q, Occur.FILTER);
                nameCount++;
            }
        }
        top.add(most.build(), Occur.MUST);
        top.add(new BoostQuery(new org.apache.lucene.search.ConstantScoreQuery(all.build()), ALL_UNITS_BONUS),
                Occur.SHOULD);
        if (nameCount > 0 && nameCount < unitQueries.size()) {
            top.add(new BoostQuery(new org.apache.lucene.search.ConstantScoreQuery(names.build()), ALL_NAMES_BONUS),
                    Occur.SHOULD);
        }
        return 1;
    }

    /**
     * A capitalised word that names something: not the query's first word (phone keyboards capitalise it)
     * unless the next word is capitalised too ("Hà Tĩnh ..."); abbreviations are concepts, not names.
     */
    private static boolean isName(List<Unit> units, Unit u) {
        if (u.kind() != Kind.WORD || u.stopword() || !capitalised(u.text())) {
            return false;
        }
        int at = units.indexOf(u);
        return at > 0 || (units.size() > 1 && capitalised(units.get(1).text()));
    }

    private static boolean capitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }

    private static boolean isYear(Unit u) {
        String t = u.text();
        return u.kind() == Kind.WORD && t.length() == 4 && t.chars().allMatch(Character::isDigit)
                && (t.startsWith("19") || t.startsWith("20"));
    }

    /** How many of {@code n} plain units a relaxed match needs. */
    static int relaxedMinimum(int n) {
        return Math.max(2, Math.min(n - 1, (int) Math.ceil(n * RELAXED_SHARE)));
    }

    /** The words of the single-word, unquoted, text groups in query order: the query's plain words. */
    private static List<String> plainWords(ParsedQuery parsed) {
        List<String> words = new ArrayList<>();
        for (List<Clause> g : parsed.groups()) {
            if (isPlainWord(g)) {
                words.add(g.get(0).text());
            }
        }
        return words;
    }

    private static boolean isPlainWord(List<Clause> group) {
        return group.size() == 1 && group.get(0).target() == Target.TEXT && !group.get(0).phrase();
    }

    private Query group(Build b, List<Clause> group) {
        if (group.size() == 1) {
            return clause(b, group.get(0));
        }
        BooleanQuery.Builder or = new BooleanQuery.Builder();
        int n = 0;
        for (Clause c : group) {
            Query x = clause(b, c);
            if (x != null) {
                or.add(x, Occur.SHOULD);
                n++;
            }
        }
        return n == 0 ? null : or.build();
    }

    private static boolean isFilter(Target t) {
        return t == Target.FIELD;
    }

    /** One clause, or null when it has no searchable terms (punctuation). */
    private Query clause(Build b, Clause c) {
        return switch (c.target()) {
            case TEXT -> text(b, WEIGHTS, c);
            case TITLE -> text(b, Map.of(ArticleSchema.TITLE, 1f), c);
            case FIELD -> keyword(c.field(), c.text());
        };
    }

    private Query keyword(String field, String text) {
        return synonyms.createPhraseQuery(Role.FOLDED.field(field), text, 0);
    }

    /** A quoted phrase (abbreviations in either form), or the units of unquoted words, all required. */
    private Query text(Build b, Map<String, Float> bases, Clause c) {
        if (c.phrase()) {
            List<Unit> us = withIntendedAccents(b, units.of(List.of(c.text().strip().split("\\s+"))));
            return phrase(bases, QueryUnits.canonicalText(us), c.slop(), QueryUnits.anyUnaccented(us));
        }
        List<Unit> us = units.of(List.of(c.text().strip().split("\\s+")));
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int n = 0;
        for (Unit u : us) {
            Query q = unit(b, bases, u);
            if (q != null) {
                all.add(q, Occur.MUST);
                n++;
            }
        }
        return n == 0 ? null : n == 1 ? all.build().clauses().get(0).query() : all.build();
    }

    /**
     * In a query typed with diacritics, a word without any ("Anh" in "Kỳ Anh", "mua" in "mua lũ") is either a
     * level-tone word typed as meant or a word whose marks were left out. The archive tells which: the word pair it
     * forms with a neighbour, as typed, against the same pair without diacritics, in titles and sapos. "kỳ anh" is
     * as frequent as "ky anh", so "Anh" stays exact; "mua lũ" is rare beside "mua lu" (mưa lũ), so "mua" is matched
     * folded, as is any word without evidence either way (folding only adds matches).
     */
    private List<Unit> withIntendedAccents(Build b, List<Unit> us) {
        if (b.reader() == null || us.stream().noneMatch(u -> u.kind() == Kind.WORD && u.accented())) {
            return us;
        }
        List<Unit> out = new ArrayList<>(us);
        for (int i = 0; i < us.size(); i++) {
            Unit u = us.get(i);
            if (u.kind() != Kind.WORD || u.accented() || !hasLetter(u.text())) {
                continue;
            }
            int evidence = 0;
            boolean intended = true;
            for (int j : new int[] {i - 1, i + 1}) {
                if (j < 0 || j >= us.size() || us.get(j).kind() != Kind.WORD) {
                    continue;
                }
                String left = j < i ? us.get(j).text() : u.text();
                String right = j < i ? u.text() : us.get(j).text();
                long[] df = pairFrequency(b.reader(), left, right);
                if (df[1] > 0) {
                    evidence++;
                    intended &= df[0] >= INTENDED_SHARE * df[1];
                }
            }
            if (evidence > 0 && intended) {
                out.set(i, new Unit(Kind.WORD, u.text(), true, u.stopword()));
            }
        }
        return withMistypedTonesFolded(b, out);
    }

    /**
     * A wrong tone mark ("Hà Tỉnh" for Hà Tĩnh) makes a word that exists, so nothing corrects it; the pair it
     * forms with a neighbour gives it away: almost never written so, very often written so without diacritics.
     * Both words of such a pair are then matched folded (folding only adds matches; the proximity boost still
     * ranks the intended pair first).
     */
    private List<Unit> withMistypedTonesFolded(Build b, List<Unit> us) {
        List<Unit> out = new ArrayList<>(us);
        for (int i = 0; i + 1 < us.size(); i++) {
            Unit left = us.get(i);
            Unit right = us.get(i + 1);
            if (left.kind() != Kind.WORD || right.kind() != Kind.WORD || !(left.accented() || right.accented())
                    || !(VietnameseText.hasDiacritics(left.text()) || VietnameseText.hasDiacritics(right.text()))) {
                continue;
            }
            long[] df = pairFrequency(b.reader(), left.text(), right.text());
            if (df[1] >= MISTYPED_MIN_FOLDED && df[0] < MISTYPED_SHARE * df[1]) {
                out.set(i, new Unit(Kind.WORD, left.text(), false, left.stopword()));
                out.set(i + 1, new Unit(Kind.WORD, right.text(), false, right.stopword()));
            }
        }
        return out;
    }

    /** A typed pair is taken as mistyped when its folded form is in this many titles/sapos … */
    static final int MISTYPED_MIN_FOLDED = 20;
    /** … and the pair as typed in less than this share of them. */
    static final double MISTYPED_SHARE = 0.02;

    /** A level-tone word is taken as typed when its pair is at least this share of the folded pair. */
    static final double INTENDED_SHARE = 0.3;

    private static final List<String> PAIR_BASES = List.of(ArticleSchema.TITLE, ArticleSchema.SAPO);

    /** Articles whose title or sapo has the word pair as typed, and without diacritics. */
    private static long[] pairFrequency(IndexReader reader, String left, String right) {
        String exact = pairTerm(left) + "_" + pairTerm(right);
        String folded = VietnameseText.fold(exact);
        long[] df = new long[2];
        try {
            for (String base : PAIR_BASES) {
                df[0] += reader.docFreq(new Term(Role.WORDS.field(base), exact));
                df[1] += reader.docFreq(new Term(Role.WORDS_FOLDED.field(base), folded));
            }
        } catch (IOException e) {
            return new long[2];
        }
        return df;
    }

    private static String pairTerm(String word) {
        return VietnameseText.toNewStyle(java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFC)
                .toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean hasLetter(String s) {
        return s.chars().anyMatch(Character::isLetter);
    }

    /** One unit in the best of its fields (dis-max over the base fields' roles). */
    private Query unit(Build b, Map<String, Float> bases, Unit u) {
        List<Query> alternatives = new ArrayList<>();
        boolean fallback = u.kind() == Kind.WORD && u.accented() && !existsExactly(b, u.text());
        for (Map.Entry<String, Float> e : bases.entrySet()) {
            String base = e.getKey();
            float w = e.getValue();
            Query q;
            switch (u.kind()) {
                case CONCEPT -> q = synonyms.createBooleanQuery(Role.FOLDED.field(base), u.text(), Occur.MUST);
                case PHRASE -> q = plain.createPhraseQuery(Role.FOLDED.field(base), u.text(), 0);
                default -> {
                    String field = u.accented() ? Role.EXACT.field(base) : Role.FOLDED.field(base);
                    q = plain.createBooleanQuery(field, u.text(), Occur.MUST);
                    if (fallback) {
                        add(alternatives, plain.createBooleanQuery(Role.FOLDED.field(base), u.text(), Occur.MUST),
                                w * FOLDED_FALLBACK);
                    }
                    for (String spaced : codeVariants(u.text())) {
                        add(alternatives, plain.createPhraseQuery(field, spaced, 0), w);
                    }
                }
            }
            add(alternatives, q, w);
        }
        if (alternatives.isEmpty()) {
            return null;
        }
        return alternatives.size() == 1 ? alternatives.get(0) : new DisjunctionMaxQuery(alternatives, TIE_BREAKER);
    }

    /**
     * The ways a code typed in one piece is also written spaced ("Su-30MK2" as "Su -30 MK2", "QL8A" as "QL 8A",
     * "U23" as "U 23"): split where letters meet digits, at every such place or only where a letter is followed by
     * a digit or only the other way; empty for a word without both letters and digits.
     */
    static List<String> codeVariants(String word) {
        boolean letter = false;
        boolean digit = false;
        for (int i = 0; i < word.length(); i++) {
            letter |= Character.isLetter(word.charAt(i));
            digit |= Character.isDigit(word.charAt(i));
        }
        if (!letter || !digit || word.length() > 30) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (int mode = 0; mode < 3; mode++) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                if (i > 0) {
                    char p = word.charAt(i - 1);
                    boolean letterDigit = Character.isLetter(p) && Character.isDigit(c);
                    boolean digitLetter = Character.isDigit(p) && Character.isLetter(c);
                    if ((letterDigit && mode != 2) || (digitLetter && mode != 1)) {
                        b.append(' ');
                    }
                }
                b.append(c == '-' ? ' ' : c);
            }
            out.add(b.toString().strip().replaceAll("\\s+", " "));
        }
        out.remove(word);
        return List.copyOf(out);
    }

    /** A phrase in the best of the base fields, within {@code slop}; folded if any word was typed without accents. */
    private Query phrase(Map<String, Float> bases, String text, int slop, boolean folded) {
        List<Query> alternatives = new ArrayList<>();
        for (Map.Entry<String, Float> e : bases.entrySet()) {
            Role role = folded ? Role.FOLDED : Role.EXACT;
            add(alternatives, synonyms.createPhraseQuery(role.field(e.getKey()), text, slop), e.getValue());
        }
        if (alternatives.isEmpty()) {
            return null;
        }
        return alternatives.size() == 1 ? alternatives.get(0) : new DisjunctionMaxQuery(alternatives, TIE_BREAKER);
    }

    private static void add(List<Query> out, Query q, float weight) {
        if (q != null) {
            out.add(weight == 1f ? q : new BoostQuery(q, weight));
        }
    }

    /** True if every syllable of the word occurs as typed (accents kept) in some text field. */
    private boolean existsExactly(Build b, String text) {
        IndexReader r = b.reader();
        if (r == null) {
            return false;
        }
        try (TokenStream ts = analysis.indexAnalyzer().tokenStream(ArticleSchema.BODY, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            boolean any = false;
            while (ts.incrementToken()) {
                boolean found = false;
                for (String base : TEXT_BASES) {
                    if (r.docFreq(new Term(base, term.toString())) > 0) {
                        found = true;
                        break;
                    }
                }
                if (!found) {
                    ts.end();
                    return false;
                }
                any = true;
            }
            ts.end();
            return any;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Optional boost for the words occurring together: a sloppy phrase over title and sapo, and the word
     * (multi-syllable unit, bigram) fields, where "thành phố Hà Tĩnh" scores as units rather than syllables.
     * {@code folded}: at least one word was typed without accents, so the folded fields are used.
     */
    Query proximity(String words, boolean folded) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int n = 0;
        for (String base : TEXT_BASES) {
            float w = WEIGHTS.get(base);
            String f = folded ? Role.FOLDED.field(base) : base;
            // A sloppy phrase over the long body costs more than it adds: the body's word field covers it.
            Query p = base.equals(ArticleSchema.BODY) ? null : synonyms.createPhraseQuery(f, words, PROXIMITY_SLOP);
            if (p != null) {
                b.add(new BoostQuery(p, w * PHRASE_BOOST), Occur.SHOULD);
                n++;
            }
            Role wordsRole = folded ? Role.WORDS_FOLDED : Role.WORDS;
            if (TextAnalysis.has(base, wordsRole)) {
                Query u = wordsBuilder.createBooleanQuery(wordsRole.field(base), words, Occur.SHOULD);
                if (u != null) {
                    b.add(new BoostQuery(u, w * WORDS_BOOST), Occur.SHOULD);
                    n++;
                }
            }
        }
        return n == 0 ? null : b.build();
    }

    /**
     * The words as a sloppy phrase in the body, weighted as the proximity boost weights the title's and sapo's:
     * applied to the best candidates only ({@link #RESCORE_WINDOW}), as a second pass. Scoring it on every match
     * made a search almost half again as costly; on the top candidates it finds nearly all of the same articles.
     */
    Query bodyPhrase(String words, boolean folded) {
        String field = folded ? Role.FOLDED.field(ArticleSchema.BODY) : ArticleSchema.BODY;
        Query p = synonyms.createPhraseQuery(field, words, PROXIMITY_SLOP);
        return p == null ? null : new BoostQuery(p, WEIGHTS.get(ArticleSchema.BODY) * PHRASE_BOOST);
    }

    /** The query without the proximity boost, whose syllable terms are added back as single terms. */
    private static Query highlightQuery(Query q, Query proximity) {
        if (proximity == null || !(q instanceof BooleanQuery bq)) {
            return q;
        }
        BooleanQuery.Builder h = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
        for (BooleanClause c : bq.clauses()) {
            if (c.query() != proximity) {
                h.add(c);
            }
        }
        Set<Term> terms = new LinkedHashSet<>();
        proximity.visit(QueryVisitor.termCollector(terms));
        for (Term t : terms) {
            if (Role.ofField(t.field()) == Role.EXACT || Role.ofField(t.field()) == Role.FOLDED) {
                h.add(new TermQuery(t), Occur.SHOULD);
            }
        }
        return h.build();
    }

    /** A filter on the publication date in Vietnam time, inclusive of both days; null if unbounded. */
    static Query dateRange(LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return null;
        }
        long lo = from == null ? Long.MIN_VALUE
                : from.atStartOfDay(ArticleSchema.ZONE).toInstant().toEpochMilli();
        long hi = to == null ? Long.MAX_VALUE
                : to.plusDays(1).atStartOfDay(ArticleSchema.ZONE).toInstant().toEpochMilli() - 1;
        return LongPoint.newRangeQuery(ArticleSchema.PUBLISHED, lo, hi);
    }
}
