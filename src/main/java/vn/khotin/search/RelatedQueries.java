package vn.khotin.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import vn.khotin.analysis.VietnameseAnalysis.Role;
import vn.khotin.index.ArticleSchema;
import vn.khotin.index.Gazetteer;
import vn.khotin.index.TextAnalysis;
import vn.khotin.search.RelatedTerms.WeightedTerm;

/**
 * The queries of "Tin liên quan" ({@link RelatedStories}): the one that fetches the candidates from what describes
 * the source, and each term's query per part of an article, which {@link RelatedCandidates} checks the candidates
 * against. Thread-safe.
 */
final class RelatedQueries {

    private final QueryBuilder synonyms;

    RelatedQueries(TextAnalysis analysis) {
        this.synonyms = new QueryBuilder(analysis.queryAnalyzer());
        this.synonyms.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
    }

    /** The query that fetches candidates: every term, rare name, local place and tag, weighted. */
    Query candidateQuery(RelatedSource src, List<WeightedTerm> ts, List<String> places, Set<String> rareNames) {
        BooleanQuery.Builder like = new BooleanQuery.Builder();
        for (WeightedTerm t : ts) {
            List<Query> alternatives = new ArrayList<>();
            Query[] parts = partQueries(t);
            float[] boosts = {1.5f, 1.2f, 1f};
            for (int p = 0; p < parts.length; p++) {
                if (parts[p] != null) {
                    alternatives.add(new BoostQuery(parts[p], boosts[p]));
                }
            }
            if (!alternatives.isEmpty()) {
                like.add(new BoostQuery(new DisjunctionMaxQuery(alternatives, 0.3f), (float) t.weight()), Occur.SHOULD);
            }
        }
        for (String p : places) {
            like.add(new BoostQuery(new TermQuery(new Term(ArticleSchema.PLACE, p)), (float) (2 * placeWeight(p))),
                    Occur.SHOULD);
        }
        for (String name : rareNames) {
            like.add(new BoostQuery(new TermQuery(new Term(ArticleSchema.NAME, name)), 3f), Occur.SHOULD);
        }
        for (String tag : src.tags()) {
            like.add(new BoostQuery(new TermQuery(new Term(ArticleSchema.TAG, tag)), 2f), Occur.SHOULD);
        }
        BooleanQuery.Builder q = new BooleanQuery.Builder().add(like.build(), Occur.MUST);
        if (src.doc() >= 0) {
            q.add(idQuery(src.id()), Occur.MUST_NOT);
        }
        return q.build();
    }

    /** A term's query in the title, the sapo and the body. */
    Query[] partQueries(WeightedTerm t) {
        String[] bases = {ArticleSchema.TITLE, ArticleSchema.SAPO, ArticleSchema.BODY};
        Query[] out = new Query[3];
        for (int p = 0; p < 3; p++) {
            out[p] = switch (t.kind()) {
                case UNIT -> new TermQuery(new Term(Role.WORDS.field(bases[p]), t.key()));
                case SYLLABLE -> new TermQuery(new Term(bases[p], t.key()));
                case CONCEPT -> synonyms.createBooleanQuery(Role.FOLDED.field(bases[p]), t.key(), Occur.MUST);
                case LAW -> new PhraseQuery(bases[p], t.key().split(" "));
            };
        }
        return out;
    }

    /** How much sharing a place says: a commune or landmark much, a district some, the province almost nothing. */
    static double placeWeight(String label) {
        return Gazetteer.get().byLabel(label).map(p -> switch (p.type()) {
            case "tinh" -> 0.1;
            case "huyen", "thi_xa", "thanh_pho" -> 0.6;
            default -> 1.0;
        }).orElse(0.5);
    }

    static Query idQuery(long id) {
        return new TermQuery(new Term(ArticleSchema.ID, Long.toString(id)));
    }
}
