package vn.khotin.extract;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.khotin.model.Article;

/**
 * The fields of an article while they are being gathered from one or more sources. Each source fills a
 * draft; {@link #fillFrom} lets a weaker source supply only what a stronger one left empty.
 */
final class Draft {
    String url = "";
    String title = "";
    String sapo = "";
    String source = "";
    List<String> body = new ArrayList<>();
    List<Article.Caption> captions = new ArrayList<>();
    String author = "";
    OffsetDateTime published;
    OffsetDateTime updated;
    String category = "";
    List<String> breadcrumb = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    List<Long> relatedIds = new ArrayList<>();
    List<String> imageUrls = new ArrayList<>();

    /** Fills the descriptive metadata this draft lacks from {@code other}; the text (title, body) stays. */
    Draft fillMetadataFrom(Draft other) {
        if (sapo.isEmpty()) {
            sapo = other.sapo;
        }
        if (author.isEmpty()) {
            author = other.author;
        }
        if (published == null) {
            published = other.published;
        }
        if (updated == null) {
            updated = other.updated;
        }
        if (category.isEmpty()) {
            category = other.category;
        }
        if (breadcrumb.isEmpty()) {
            breadcrumb = other.breadcrumb;
        }
        if (tags.isEmpty()) {
            tags = other.tags;
        }
        return this;
    }

    /** Fills everything this draft lacks from {@code other}, images and text included. */
    Draft fillFrom(Draft other) {
        fillMetadataFrom(other);
        if (url.isEmpty()) {
            url = other.url;
        }
        if (title.isEmpty()) {
            title = other.title;
        }
        if (body.isEmpty()) {
            body = other.body;
            if (captions.isEmpty()) {
                captions = other.captions;
            }
        }
        if (imageUrls.isEmpty()) {
            imageUrls = other.imageUrls;
        }
        return this;
    }
}
