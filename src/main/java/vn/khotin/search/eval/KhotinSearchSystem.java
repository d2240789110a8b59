package vn.khotin.search.eval;

import java.util.ArrayList;
import java.util.List;
import vn.khotin.search.ArticleSearch;
import vn.khotin.search.SearchHit;
import vn.khotin.search.SearchRequest;
import vn.khotin.search.SearchResult;

/** Khotin's search as users get it (the product path: parsing, ranking, corrections, copies folded). */
final class KhotinSearchSystem implements RankingSystem {

    private final EvalArchive archive;
    private final ArticleSearch search;

    KhotinSearchSystem(EvalArchive archive, ArticleSearch search) {
        this.archive = archive;
        this.search = search;
    }

    @Override
    public String name() {
        return "Khotin";
    }

    @Override
    public List<String> search(String query, int k) {
        SearchResult r = search.search(SearchRequest.builder(query).size(k).build());
        List<String> out = new ArrayList<>();
        for (SearchHit h : r.hits()) {
            String key = archive.keyOf(h.id());
            if (key != null) {
                out.add(key);
            }
        }
        return out;
    }
}
