package vn.khotin.search;

import java.util.List;
import java.util.Objects;
import vn.khotin.model.Article;

/**
 * An article as the archive holds it: the extracted {@link Article} and what the indexer derived from it.
 * Where and when the page was captured is not here: the archive ({@code ArticleIndex.captureInfo}) answers that.
 *
 * @param article the article as extracted
 * @param places the gazetteer places the article mentions (facet labels such as "Thị xã Kỳ Anh"), most
 *     mentioned first, as the index stored them; empty when none
 */
public record ArchivedArticle(Article article, List<String> places) {

    public ArchivedArticle {
        Objects.requireNonNull(article, "article");
        places = places == null ? List.of() : List.copyOf(places);
    }
}
