package vn.khotin.replica;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One article as the replica serves it: the ground truth an extractor test compares against.
 *
 * <p>{@code sapo} is stored without the "(Baohatinh.vn) - " mark (the page adds it); {@code body} holds
 * the paragraphs in reading order, without captions and without the byline (the page adds the byline as
 * its last paragraph). A paragraph starting with {@code "> "} is rendered as a {@code blockquote}.
 *
 * @param id the site's article ID (the number in {@code -post<ID>.html})
 * @param slug the URL slug
 * @param title the headline
 * @param sapo the lead, without the source mark
 * @param body the body paragraphs
 * @param figures the body figures, each placed after a paragraph
 * @param author the byline ("Lê Tuấn - Thành Chung"); empty for none
 * @param published the publication time (+07:00)
 * @param updated the last edit time, or null if never edited
 * @param category the section (current or old-era) the article belongs to
 * @param tags the tags
 * @param related editor-chosen related IDs; empty means "let the replica choose"
 * @param entities how the page escapes text: "minimal", "named" or "numeric" (null = era default)
 */
public record ReplicaArticle(
        long id,
        String slug,
        String title,
        String sapo,
        List<String> body,
        List<Figure> figures,
        String author,
        OffsetDateTime published,
        OffsetDateTime updated,
        Category category,
        List<String> tags,
        List<Long> related,
        String entities) {

    public ReplicaArticle {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(category, "category");
        slug = slug == null || slug.isBlank() ? Slugs.slugify(title, 14) : slug;
        sapo = sapo == null ? "" : sapo;
        author = author == null ? "" : author;
        body = body == null ? List.of() : List.copyOf(body);
        figures = figures == null ? List.of() : List.copyOf(figures);
        tags = tags == null ? List.of() : List.copyOf(tags);
        related = related == null ? List.of() : List.copyOf(related);
    }

    /** The time a crawler should see as last modification: the edit time, else the publication time. */
    public OffsetDateTime lastModified() {
        return updated != null ? updated : published;
    }

    /** Path of the current-scheme page, {@code /<slug>-post<ID>.html}. */
    public String path() {
        return "/" + slug + "-post" + id + ".html";
    }

    /** Path of the old-scheme page, {@code /<category>/<slug>/<ID>.htm}. */
    public String oldPath() {
        return "/" + category.slug() + "/" + slug + "/" + id + ".htm";
    }

    /** A copy with new text and an edit time, as the newsroom's correction would make it. */
    public ReplicaArticle edited(String newTitle, String newSapo, List<String> newBody, OffsetDateTime when) {
        return new ReplicaArticle(id, slug, newTitle == null ? title : newTitle, newSapo == null ? sapo : newSapo,
                newBody == null ? body : newBody, figures, author, published, when, category, tags, related, entities);
    }

    /**
     * A figure in the body.
     *
     * @param file the image file name ("h3-3428.jpg"), also used as alt text on current-era pages
     * @param caption the caption as displayed, credit included ("Toàn cảnh hội nghị. Ảnh: Sỹ Ngọ")
     * @param after index of the body paragraph the figure follows (-1: before the first paragraph)
     */
    public record Figure(String file, String caption, int after) {
        public Figure {
            Objects.requireNonNull(file, "file");
            caption = caption == null ? "" : caption;
        }
    }
}
