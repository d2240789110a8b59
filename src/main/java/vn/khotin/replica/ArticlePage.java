package vn.khotin.replica;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders an article page after the reconstructed skeleton of the reference (§6.4), with the boilerplate of
 * §6.5 and the era switches of §0: the head ({@link ArticleHead}), the article ({@link ArticleText}) and the boxes
 * around it ({@link ArticleBoxes}). Also the AMP and print forms of the same article.
 */
final class ArticlePage {

    private ArticlePage() {
    }

    static String render(Site site, ReplicaArticle a) {
        EraStyle style = site.config.styleFor(a.id());
        boolean old = site.config.isOldEra(a.id());
        String ent = a.entities() != null ? a.entities() : style.entities();
        List<ReplicaArticle> related = load(site, site.store.related(a, style.relatedCount()));

        StringBuilder b = new StringBuilder(16_384 + a.body().stream().mapToInt(String::length).sum() * 2);
        Layout.head(b, site, a.title(), a.sapo(), a.path());
        ArticleHead.meta(b, site, a);
        Layout.header(b, site, "article-page" + (old ? " era-old" : " era-current"));
        b.append("<main class=\"main\">\n<div class=\"container\">\n<div class=\"col-main\">\n");
        ArticleText.breadcrumbs(b, site, a);
        ArticleText.article(b, site, a, style, ent, related);
        ArticleBoxes.related(b, site, a, style, related);
        if (old && !a.author().isEmpty()) {
            ArticleBoxes.authorTwice(b, a, ent);
        }
        if (style.comments()) {
            ArticleBoxes.comments(b, a);
        }
        if (style.olderNews()) {
            ArticleBoxes.olderNews(b, load(site, site.store.olderInSection(a, 6)));
        }
        b.append("</div>\n");
        ArticleBoxes.sidebar(b, site, style, old, load(site, site.store.newest(null, 0, 5)));
        b.append("</div>\n</main>\n");
        if (style.sharePrompt()) {
            ArticleBoxes.sharePrompt(b);
        }
        Layout.footer(b);
        return b.toString();
    }

    static List<ReplicaArticle> load(Site site, List<Long> ids) {
        List<ReplicaArticle> out = new ArrayList<>(ids.size());
        for (long id : ids) {
            site.store.get(id).ifPresent(out::add);
        }
        return out;
    }

    /** The AMP form: same text, {@code amp-img}, canonical to the HTML page. */
    static String renderAmp(Site site, ReplicaArticle a) {
        StringBuilder b = new StringBuilder(8192);
        b.append("<!doctype html>\n<html ⚡ lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<script async src=\"https://cdn.ampproject.org/v0.js\"></script>\n")
                .append("<title>").append(Html.esc(a.title() + site.config.titleSuffix())).append("</title>\n")
                .append("<link rel=\"canonical\" href=\"").append(Html.esc(site.abs(a.path()))).append("\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width\">\n")
                .append("<style amp-boilerplate>body{visibility:hidden}</style><noscript><style amp-boilerplate>body{visibility:visible}</style></noscript>\n")
                .append("<script type=\"application/ld+json\">").append(Html.scriptSafe(ArticleJsonLd.newsArticle(site, a))).append("</script>\n")
                .append("</head>\n<body>\n<header class=\"amp-header\"><a href=\"/\">Báo Hà Tĩnh</a></header>\n<article class=\"article\">\n")
                .append("<h1 class=\"article__title cms-title\">").append(Html.esc(a.title())).append("</h1>\n")
                .append("<time class=\"time\" datetime=\"").append(Site.ISO.format(a.published())).append("\">")
                .append(Site.DMY_HM.format(a.published())).append("</time>\n")
                .append("<div class=\"article__sapo cms-desc\">").append(Html.esc(ArticleText.displayedSapo(a))).append("</div>\n")
                .append("<div class=\"article__body cms-body\">\n");
        int last = a.body().size() - 1;
        for (int i = -1; i <= last; i++) {
            if (i >= 0) {
                String p = a.body().get(i);
                b.append(p.startsWith("> ") ? "<blockquote><p>" + Html.esc(p.substring(2)) + "</p></blockquote>\n" : "<p>" + Html.esc(p) + "</p>\n");
            }
            for (ReplicaArticle.Figure f : a.figures()) {
                if (Math.min(f.after(), last) == i) {
                    b.append("<figure><amp-img src=\"").append(Html.esc(site.imageUrl(a, f.file()))).append("\" width=\"1000\" height=\"667\" layout=\"responsive\" alt=\"")
                            .append(Html.esc(f.file())).append("\"></amp-img><figcaption>").append(Html.esc(f.caption())).append("</figcaption></figure>\n");
                }
            }
        }
        if (!a.author().isEmpty()) {
            b.append("<p><strong>").append(Html.esc(a.author())).append("</strong></p>\n");
        }
        b.append("</div>\n</article>\n</body>\n</html>\n");
        return b.toString();
    }

    /** The print form ({@code /print/…}, disallowed by robots.txt): text only. */
    static String renderPrint(Site site, ReplicaArticle a) {
        StringBuilder b = new StringBuilder(8192);
        b.append("<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>").append(Html.esc(a.title()))
                .append("</title><meta name=\"robots\" content=\"noindex\"><link rel=\"canonical\" href=\"").append(Html.esc(site.abs(a.path())))
                .append("\"></head><body class=\"print\" onload=\"window.print()\">\n<h1>").append(Html.esc(a.title())).append("</h1>\n<p><em>")
                .append(Html.esc(ArticleText.displayedSapo(a))).append("</em></p>\n");
        for (String p : a.body()) {
            b.append("<p>").append(Html.esc(p)).append("</p>\n");
        }
        b.append("<p><strong>").append(Html.esc(a.author())).append("</strong></p>\n</body></html>\n");
        return b.toString();
    }
}
