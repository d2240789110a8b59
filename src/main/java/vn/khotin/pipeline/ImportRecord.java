package vn.khotin.pipeline;

import vn.khotin.model.Article;

/**
 * One imported record as an article.
 *
 * @param originalId the record's own {@code id} as written in the input ({@code baomoi-21395276}, {@code 2093})
 * @param article the article, its ID mapped from {@code originalId} by {@link ImportIds}
 */
public record ImportRecord(String originalId, Article article) {

    public long id() {
        return article.id();
    }
}
