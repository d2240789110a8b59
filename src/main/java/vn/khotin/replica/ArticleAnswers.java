package vn.khotin.replica;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The answers for an article's URLs: the page itself (HTML or AMP), the old-scheme {@code .htm} URL, the print
 * form and the {@code /go/} redirect. A wrong slug or a trailing slash redirects to the canonical URL, as the
 * real site does, so that a crawler has to fold them.
 */
final class ArticleAnswers {

    private final Site site;
    private final FaultPlan plan;

    ArticleAnswers(Site site, FaultPlan plan) {
        this.site = site;
        this.plan = plan;
    }

    /** {@code /<slug>-post<ID>.html} or {@code .amp}, with or without a trailing slash. */
    Page current(long id, String slug, boolean amp, boolean trailingSlash, int visit) {
        Optional<ReplicaArticle> found = plan.special(id).or(() -> site.store.get(id));
        if (found.isEmpty()) {
            return Page.notFound(site, "/" + slug + "-post" + id + ".html");
        }
        ReplicaArticle a = found.get();
        if (plan.isNonHtml(id)) {
            return new Page(200, "application/pdf", StaticAssets.PDF, null, a.published(), null, false);
        }
        if (trailingSlash || !a.slug().equals(slug)) {
            return Page.redirect(301, amp ? "/" + a.slug() + "-post" + id + ".amp" : a.path());
        }
        if (!amp && visit > 1 && plan.hits(Fault.UPDATED_ARTICLE, id)) {
            a = plan.touch(site.store, a, visit);
        }
        String html = amp ? ArticlePage.renderAmp(site, a) : ArticlePage.render(site, a);
        // The validators follow the article's version only, so that adding other articles leaves them alone.
        String seed = id + "|" + (amp ? "amp" : "html") + "|" + a.lastModified() + "|" + a.body().size() + "|" + a.title().hashCode();
        return new Page(200, Page.HTML, html.getBytes(StandardCharsets.UTF_8), null, a.lastModified(), seed, true);
    }

    /** {@code /<category>/<slug>/<ID>.htm}: only old-era articles have one, answered as the redirect mode says. */
    Page old(long id, String category) {
        Optional<ReplicaArticle> found = site.store.get(id);
        if (found.isEmpty() || !site.config.isOldEra(id) || site.config.redirectMode() == ReplicaConfig.RedirectMode.GONE_404) {
            return Page.notFound(site, "/" + category + "/" + id + ".htm");
        }
        ReplicaArticle a = found.get();
        if (site.config.redirectMode() == ReplicaConfig.RedirectMode.MOVED_301) {
            return Page.redirect(301, a.path());
        }
        String html = ArticlePage.render(site, a);
        return new Page(200, Page.HTML, html.getBytes(StandardCharsets.UTF_8), null, a.lastModified(),
                id + "|old|" + a.lastModified(), true);
    }

    Page print(long id, String path) {
        return site.store.get(id).map(a -> Page.html(200, ArticlePage.renderPrint(site, a)))
                .orElseGet(() -> Page.notFound(site, path));
    }

    /** {@code /go/<ID>}: old links were http; the chain goes through the old .htm URL, which 301s on. */
    Page go(long id, String path) {
        return site.store.get(id).map(a -> Page.redirect(302, a.oldPath())).orElseGet(() -> Page.notFound(site, path));
    }
}
