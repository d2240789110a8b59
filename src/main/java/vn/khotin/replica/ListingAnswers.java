package vn.khotin.replica;

import java.util.Optional;

/**
 * The answers for listings: "Tin mới", sections, tag and topic pages, the load-more fragments. Old forms of a
 * URL (old sections, {@code /tag/<slug>/}, {@code /topic/…}) and a wrong tag slug redirect to the current one; a
 * page past the end answers 404.
 */
final class ListingAnswers {

    private final Site site;

    ListingAnswers(Site site) {
        this.site = site;
    }

    /** {@code /tin-moi.html}: every section, newest first. */
    Page newest(int page, String path) {
        return Page.orNotFound(site, ListingPages.listing(site, null, page), path);
    }

    /** {@code /<slug>/}; the form without the slash and old sections redirect. */
    Page section(String slug, boolean trailingSlash, int page, String path) {
        Optional<Category> c = Category.bySlug(slug);
        if (c.isEmpty()) {
            return Page.notFound(site, path);
        }
        if (!c.get().current()) {
            return Page.redirect(301, site.categoryHref(c.get()));
        }
        if (!trailingSlash) {
            return Page.redirect(301, "/" + c.get().slug() + "/");
        }
        return Page.orNotFound(site, ListingPages.listing(site, c.get(), page), path);
    }

    /** {@code /<slug>-tag<ID>.html}. */
    Page tag(long id, String slug, int page, String path) {
        Optional<Tag> tag = site.store.tagById(id);
        if (tag.isEmpty()) {
            return Page.notFound(site, path);
        }
        if (!tag.get().slug.equals(slug)) {
            return Page.redirect(301, tagPath(tag.get()));
        }
        return Page.orNotFound(site, ListingPages.tagPage(site, tag.get(), page), path);
    }

    /** {@code /tag/<slug>/}, named by the tag's words. */
    Page oldTag(String slug, String path) {
        Optional<Tag> tag = site.store.tagByName(slug.replace('-', ' '));
        return tag.map(t -> Page.redirect(301, tagPath(t))).orElseGet(() -> Page.notFound(site, path));
    }

    private static String tagPath(Tag tag) {
        return "/" + tag.slug + "-tag" + tag.id + ".html";
    }

    /** {@code /chu-de/<slug>-<ID>.html}, found by ID whatever the slug. */
    Page topic(long id, int page, String path) {
        return Topic.byId(id).map(topic -> Page.orNotFound(site, ListingPages.topicPage(site, topic, page), path))
                .orElseGet(() -> Page.notFound(site, path));
    }

    /** {@code /topic/<slug>/<ID>/}. */
    Page oldTopic(long id, String path) {
        return Topic.byId(id).map(topic -> Page.redirect(301, topic.path())).orElseGet(() -> Page.notFound(site, path));
    }

    /** {@code /ajax/<slug>/page-N.html}: the cards "Xem thêm" adds, 204 past the end. */
    Page more(String slug, int page, String path) {
        Optional<Category> c = Category.bySlug(slug).filter(Category::current);
        if (c.isEmpty()) {
            return Page.notFound(site, path);
        }
        String fragment = ListingPages.loadMoreFragment(site, c.get(), page);
        return fragment == null ? new Page(204, Page.HTML, new byte[0], null, null, null, true) : Page.html(200, fragment);
    }
}
