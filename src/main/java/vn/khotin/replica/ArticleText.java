package vn.khotin.replica;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The article itself on its page (§6.4): breadcrumbs, then {@code article.article} with the title, author and
 * dates, share bar, sapo, lead image, the body with its figures and ad slots, and the tags.
 */
final class ArticleText {

    private static final String SOURCE_MARK = "(Baohatinh.vn) - ";

    private ArticleText() {
    }

    /** The sapo as shown on the page: the source mark, then the lead. */
    static String displayedSapo(ReplicaArticle a) {
        return a.sapo().startsWith("(Baohatinh.vn)") ? a.sapo() : SOURCE_MARK + a.sapo();
    }

    /** Home, the current section and, for an article filed under an old section, that section's name. */
    static void breadcrumbs(StringBuilder b, Site site, ReplicaArticle a) {
        Category cat = a.category();
        Category section = cat.currentParent();
        b.append("<div class=\"breadcrumbs\"><a class=\"cms-link\" href=\"/\">Trang chủ</a> <span class=\"sep\">/</span> ")
                .append("<a class=\"cms-link\" href=\"").append(site.categoryHref(section)).append("\">").append(Html.esc(section.label())).append("</a>");
        if (!cat.current()) {
            b.append(" <span class=\"sep\">/</span> <a class=\"cms-link\" href=\"").append(site.categoryHref(section))
                    .append("\">").append(Html.esc(cat.label())).append("</a>");
        }
        b.append("</div>\n");
    }

    /**
     * @param ent the entity style the text is escaped in
     * @param related the related articles, the first of which an inline box may show
     */
    static void article(StringBuilder b, Site site, ReplicaArticle a, EraStyle style, String ent, List<ReplicaArticle> related) {
        b.append("<article class=\"article\" data-id=\"").append(a.id()).append("\" itemscope itemtype=\"https://schema.org/NewsArticle\">\n");
        heading(b, a, style, ent);
        shareBar(b, site, a);
        b.append("<div class=\"article__sapo cms-desc\" itemprop=\"description\">").append(Html.esc(displayedSapo(a), ent)).append("</div>\n");
        String lead = site.leadImage(a);
        if (lead != null) {
            b.append("<figure class=\"article__avatar\">");
            img(b, style, lead, a.title());
            b.append("</figure>\n");
        }
        body(b, site, a, style, ent, related);
        tags(b, site, a, ent);
        b.append("</article>\n");
    }

    private static void heading(StringBuilder b, ReplicaArticle a, EraStyle style, String ent) {
        b.append("<h1 class=\"article__title cms-title\" itemprop=\"headline\">").append(Html.esc(a.title(), ent)).append("</h1>\n")
                .append("<div class=\"article__meta\">");
        if (!a.author().isEmpty()) {
            b.append("<span class=\"article__author\"><span class=\"name cms-author\">").append(Html.esc(a.author(), ent)).append("</span></span> ");
        }
        b.append("<time class=\"time\" datetime=\"").append(Site.ISO.format(a.published())).append("\">")
                .append(Html.esc(Site.visibleDate(style.dateStyle(), a.published()), ent)).append("</time>");
        if (a.updated() != null) {
            b.append(" <span class=\"article__updated\">Cập nhật: <time datetime=\"").append(Site.ISO.format(a.updated()))
                    .append("\">").append(Site.DMY_HM.format(a.updated())).append("</time></span>");
        }
        b.append("</div>\n");
    }

    private static void body(StringBuilder b, Site site, ReplicaArticle a, EraStyle style, String ent, List<ReplicaArticle> related) {
        boolean old = site.config.isOldEra(a.id());
        b.append("<div class=\"article__body zce-content-body cms-body\" itemprop=\"articleBody\">\n");
        List<String> body = a.body();
        int n = body.size();
        int inlineAt = style.inlineRelated() && !related.isEmpty() && n >= 4 ? n / 2 : -1;
        figuresAfter(b, site, a, style, ent, -1);
        for (int i = 0; i < n; i++) {
            String p = body.get(i);
            if (p.startsWith("> ")) {
                b.append("<blockquote class=\"quote\"><p>").append(Html.esc(p.substring(2), ent)).append("</p></blockquote>\n");
            } else {
                b.append("<p>").append(Html.esc(p, ent)).append("</p>\n");
            }
            figuresAfter(b, site, a, style, ent, i);
            if (i == 1 && n > 2) {
                b.append("<div class=\"ads_middle\"></div>\n");
            }
            if (i == 3 && n > 4) {
                b.append("<div id=\"adsWeb_AdsArticleMiddle\" class=\"ads-wrap\"><ins class=\"adsbygoogle\" data-ad-client=\"ca-pub-4906810772558291\"></ins></div>\n");
            }
            if (i == inlineAt) {
                inlineRelated(b, related.get(0));
            }
        }
        if (!a.author().isEmpty()) {
            b.append(old ? "<p style=\"text-align: right;\"><strong>" : "<p><strong>").append(Html.esc(a.author(), ent)).append("</strong></p>\n");
        }
        b.append("</div>\n");
    }

    private static void inlineRelated(StringBuilder b, ReplicaArticle r) {
        b.append("<div class=\"related-news inline-related\"><article class=\"story\"><h4 class=\"story__heading\"><a class=\"cms-link cms-relate\" href=\"")
                .append(Html.esc(r.path())).append("\">").append(Html.esc(r.title())).append("</a></h4><div class=\"story__summary\">")
                .append(Html.esc(r.sapo())).append("</div></article></div>\n");
    }

    private static void figuresAfter(StringBuilder b, Site site, ReplicaArticle a, EraStyle style, String ent, int index) {
        int last = a.body().size() - 1;
        for (ReplicaArticle.Figure f : a.figures()) {
            int at = Math.min(f.after(), last);
            if (at != index) {
                continue;
            }
            String alt = style.altMode() == EraStyle.AltMode.TITLE ? a.title() : f.file();
            b.append("<figure class=\"image align-center\">");
            img(b, style, site.imageUrl(a, f.file()), alt);
            if (!f.caption().isEmpty()) {
                b.append("<figcaption>").append(Html.esc(f.caption(), ent)).append("</figcaption>");
            }
            b.append("</figure>\n");
        }
    }

    private static void img(StringBuilder b, EraStyle style, String url, String alt) {
        b.append("<img class=\"cms-photo\" ");
        switch (style.imageMode()) {
            case SRC -> b.append("src=\"").append(Html.esc(url)).append('"');
            case DATA_SRC -> b.append("src=\"").append(Html.PLACEHOLDER_GIF).append("\" data-src=\"").append(Html.esc(url)).append('"');
            case DATA_ORIGINAL -> b.append("src=\"").append(Html.PLACEHOLDER_GIF).append("\" data-original=\"").append(Html.esc(url)).append('"');
        }
        b.append(" alt=\"").append(Html.esc(alt)).append("\" width=\"1000\" height=\"667\">");
    }

    private static void shareBar(StringBuilder b, Site site, ReplicaArticle a) {
        String u = URLEncoder.encode(site.abs(a.path()), StandardCharsets.UTF_8);
        b.append("<div class=\"article__share\"><a class=\"share-facebook\" rel=\"nofollow\" href=\"https://www.facebook.com/sharer/sharer.php?u=")
                .append(u).append("\">Facebook</a> <a class=\"share-zalo\" rel=\"nofollow\" href=\"https://sp.zalo.me/share_inline?u=").append(u)
                .append("\">Zalo</a> <a class=\"share-print\" href=\"/print/").append(a.slug()).append("-post").append(a.id())
                .append(".html\">In bài</a> <a class=\"share-comment\" href=\"#comments\">Bình luận</a></div>\n");
    }

    /** "Từ khóa:" with a link per tag; the old era spelled the label "Từ khoá:". */
    private static void tags(StringBuilder b, Site site, ReplicaArticle a, String ent) {
        if (a.tags().isEmpty()) {
            return;
        }
        boolean old = site.config.isOldEra(a.id());
        b.append("<div class=\"article__tag\"><span class=\"label\">").append(old ? "Từ khoá:" : "Từ khóa:").append("</span> ");
        for (int i = 0; i < a.tags().size(); i++) {
            String t = a.tags().get(i);
            b.append(i == 0 ? "" : ", ").append("<a class=\"cms-link\" href=\"").append(site.tagHref(t)).append("\" title=\"")
                    .append(Html.esc(t)).append("\">").append(Html.esc(t, ent)).append("</a>");
        }
        b.append("</div>\n");
    }
}
