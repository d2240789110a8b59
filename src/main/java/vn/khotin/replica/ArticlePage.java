package vn.khotin.replica;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Renders an article page after the reconstructed skeleton of the reference (§6.4), with the boilerplate of
 * §6.5 and the era switches of §0. Also the AMP and print forms of the same article.
 */
final class ArticlePage {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SOURCE_MARK = "(Baohatinh.vn) - ";

    private ArticlePage() {
    }

    /** The sapo as shown on the page: the source mark, then the lead. */
    static String displayedSapo(ReplicaArticle a) {
        return a.sapo().startsWith("(Baohatinh.vn)") ? a.sapo() : SOURCE_MARK + a.sapo();
    }

    static String render(Site site, ReplicaArticle a) {
        EraStyle style = site.config.styleFor(a.id());
        boolean old = site.config.isOldEra(a.id());
        String ent = a.entities() != null ? a.entities() : style.entities();
        Category cat = a.category();
        Category section = cat.currentParent();
        String url = site.abs(a.path());
        String lead = site.leadImage(a);
        List<ReplicaArticle> related = load(site, site.store.related(a, style.relatedCount()));

        StringBuilder b = new StringBuilder(16_384 + a.body().stream().mapToInt(String::length).sum() * 2);
        Layout.head(b, site, a.title(), a.sapo(), a.path());
        b.append("<link rel=\"amphtml\" href=\"").append(Html.esc(site.abs("/" + a.slug() + "-post" + a.id() + ".amp"))).append("\">\n")
                .append("<link rel=\"alternate\" type=\"application/rss+xml\" href=\"").append(site.feedPath(section)).append("\">\n")
                .append("<meta name=\"keywords\" content=\"").append(Html.esc(String.join(", ", a.tags()))).append("\">\n")
                .append("<meta property=\"og:type\" content=\"article\">\n")
                .append("<meta property=\"og:url\" content=\"").append(Html.esc(url)).append("\">\n")
                .append("<meta property=\"og:title\" content=\"").append(Html.esc(a.title())).append("\">\n")
                .append("<meta property=\"og:description\" content=\"").append(Html.esc(a.sapo())).append("\">\n");
        if (lead != null) {
            b.append("<meta property=\"og:image\" content=\"").append(Html.esc(lead)).append("\">\n");
        }
        b.append("<meta property=\"article:published_time\" content=\"").append(Site.ISO.format(a.published())).append("\">\n")
                .append("<meta property=\"article:modified_time\" content=\"").append(Site.ISO.format(a.lastModified())).append("\">\n")
                .append("<meta property=\"article:section\" content=\"").append(Html.esc(section.label())).append("\">\n");
        for (String t : a.tags()) {
            b.append("<meta property=\"article:tag\" content=\"").append(Html.esc(t)).append("\">\n");
        }
        b.append("<meta name=\"twitter:card\" content=\"summary_large_image\">\n")
                .append("<meta name=\"twitter:url\" content=\"").append(Html.esc(url)).append("\">\n")
                .append("<meta name=\"twitter:title\" content=\"").append(Html.esc(a.title())).append("\">\n")
                .append("<meta name=\"twitter:description\" content=\"").append(Html.esc(a.sapo())).append("\">\n");
        if (lead != null) {
            b.append("<meta name=\"twitter:image\" content=\"").append(Html.esc(lead)).append("\">\n");
        }
        b.append("<meta class=\"cms-date\" itemprop=\"datePublished\" content=\"").append(Site.ISO.format(a.published())).append("\">\n");
        if (!a.author().isEmpty()) {
            b.append("<meta property=\"dable:author\" content=\"").append(Html.esc(a.author())).append("\">\n");
        }
        b.append("<script type=\"application/ld+json\">").append(Html.scriptSafe(newsArticleJson(site, a))).append("</script>\n")
                .append("<script type=\"application/ld+json\">").append(Html.scriptSafe(breadcrumbJson(site, a))).append("</script>\n");
        Layout.header(b, site, "article-page" + (old ? " era-old" : " era-current"));

        b.append("<main class=\"main\">\n<div class=\"container\">\n<div class=\"col-main\">\n")
                .append("<div class=\"breadcrumbs\"><a class=\"cms-link\" href=\"/\">Trang chủ</a> <span class=\"sep\">/</span> ")
                .append("<a class=\"cms-link\" href=\"").append(site.categoryHref(section)).append("\">").append(Html.esc(section.label())).append("</a>");
        if (!cat.current()) {
            b.append(" <span class=\"sep\">/</span> <a class=\"cms-link\" href=\"").append(site.categoryHref(section))
                    .append("\">").append(Html.esc(cat.label())).append("</a>");
        }
        b.append("</div>\n");

        b.append("<article class=\"article\" data-id=\"").append(a.id()).append("\" itemscope itemtype=\"https://schema.org/NewsArticle\">\n")
                .append("<h1 class=\"article__title cms-title\" itemprop=\"headline\">").append(Html.esc(a.title(), ent)).append("</h1>\n")
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
        shareBar(b, site, a);
        b.append("<div class=\"article__sapo cms-desc\" itemprop=\"description\">").append(Html.esc(displayedSapo(a), ent)).append("</div>\n");
        if (lead != null) {
            b.append("<figure class=\"article__avatar\">");
            img(b, style, lead, a.title());
            b.append("</figure>\n");
        }
        body(b, site, a, style, ent, related);
        if (!a.tags().isEmpty()) {
            b.append("<div class=\"article__tag\"><span class=\"label\">").append(old ? "Từ khoá:" : "Từ khóa:").append("</span> ");
            for (int i = 0; i < a.tags().size(); i++) {
                String t = a.tags().get(i);
                b.append(i == 0 ? "" : ", ").append("<a class=\"cms-link\" href=\"").append(site.tagHref(t)).append("\" title=\"")
                        .append(Html.esc(t)).append("\">").append(Html.esc(t, ent)).append("</a>");
            }
            b.append("</div>\n");
        }
        b.append("</article>\n");

        b.append("<section class=\"related\">\n<h2 class=\"related__title box-title\">").append(style.relatedTitle().text()).append("</h2>\n");
        for (int i = 0; i < related.size(); i++) {
            Layout.card(b, site, related.get(i), site.articleHref(related.get(i), a.path(), i), "h3", false, true);
        }
        b.append("</section>\n");
        if (old && !a.author().isEmpty()) {
            // The seed page shows the author twice after the related heading.
            b.append("<div class=\"article__author-source\"><div class=\"author-box\"><span class=\"author-box__name\">")
                    .append(Html.esc(a.author(), ent)).append("</span></div>\n<div class=\"article__source\"><span class=\"cms-author\">")
                    .append(Html.esc(a.author(), ent)).append("</span></div></div>\n");
        }
        if (style.comments()) {
            comments(b, a);
        }
        if (style.olderNews()) {
            b.append("<section class=\"box-older-news\">\n<h3 class=\"box-title\">Các tin đã đưa</h3>\n<ul class=\"older-news__list\">\n");
            for (ReplicaArticle o : load(site, site.store.olderInSection(a, 6))) {
                b.append("<li><a class=\"cms-link\" href=\"").append(Html.esc(o.path())).append("\">").append(Html.esc(o.title()))
                        .append("</a> <span class=\"time\">(").append(Site.DMY.format(o.published())).append(")</span></li>\n");
            }
            b.append("</ul>\n</section>\n");
        }
        b.append("</div>\n");
        sidebar(b, site, style, old);
        b.append("</div>\n</main>\n");
        if (style.sharePrompt()) {
            b.append("<div class=\"share-popup\" id=\"sharePopup\"><p class=\"share-popup__text\">Hãy chia sẻ với bạn bè!</p>")
                    .append("<a class=\"share-popup__close\" href=\"javascript:void(0)\">Tắt [X]</a></div>\n");
        }
        Layout.footer(b);
        return b.toString();
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
                ReplicaArticle r = related.get(0);
                b.append("<div class=\"related-news inline-related\"><article class=\"story\"><h4 class=\"story__heading\"><a class=\"cms-link cms-relate\" href=\"")
                        .append(Html.esc(r.path())).append("\">").append(Html.esc(r.title())).append("</a></h4><div class=\"story__summary\">")
                        .append(Html.esc(r.sapo())).append("</div></article></div>\n");
            }
        }
        if (!a.author().isEmpty()) {
            b.append(old ? "<p style=\"text-align: right;\"><strong>" : "<p><strong>").append(Html.esc(a.author(), ent)).append("</strong></p>\n");
        }
        b.append("</div>\n");
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
        String u = java.net.URLEncoder.encode(site.abs(a.path()), java.nio.charset.StandardCharsets.UTF_8);
        b.append("<div class=\"article__share\"><a class=\"share-facebook\" rel=\"nofollow\" href=\"https://www.facebook.com/sharer/sharer.php?u=")
                .append(u).append("\">Facebook</a> <a class=\"share-zalo\" rel=\"nofollow\" href=\"https://sp.zalo.me/share_inline?u=").append(u)
                .append("\">Zalo</a> <a class=\"share-print\" href=\"/print/").append(a.slug()).append("-post").append(a.id())
                .append(".html\">In bài</a> <a class=\"share-comment\" href=\"#comments\">Bình luận</a></div>\n");
    }

    private static void comments(StringBuilder b, ReplicaArticle a) {
        b.append("<section class=\"comments\" id=\"comments\" data-id=\"").append(a.id()).append("\">\n")
                .append("<div class=\"comment-list\"><div class=\"comment-item template\">")
                .append("<div class=\"comment__meta\">&nbsp;<span class=\"comment__name\">{name}</span> - <span class=\"comment__time\">{time}</span></div>")
                .append("<a class=\"comment__reply\" href=\"javascript:void(0)\">Trả lời</a>")
                .append("<div class=\"comment__body\">{body}</div>")
                .append("<div class=\"comment-item comment-item--reply template\"><div class=\"comment__meta\">&nbsp;<span class=\"comment__name\">{name}</span>- <span class=\"comment__time\">{time}</span></div>")
                .append("<div class=\"comment__body\">{body}</div></div></div></div>\n")
                .append("<div class=\"comment-count\">0 bình luận</div>\n")
                .append("<form class=\"comment-form\" action=\"/binh-luan\" method=\"post\"><p class=\"comment-form__note\">")
                .append("Ý kiến của bạn sẽ được biên tập trước khi đăng. Vui lòng gõ tiếng Việt có dấu</p>")
                .append("<textarea name=\"body\"></textarea><input name=\"name\" placeholder=\"Họ tên\"><input name=\"email\" placeholder=\"Email\">")
                .append("<button type=\"submit\">Gửi bình luận</button></form>\n</section>\n");
    }

    private static void sidebar(StringBuilder b, Site site, EraStyle style, boolean old) {
        b.append("<aside class=\"col-right sidebar\">\n<div class=\"box-latest\"><h3 class=\"box-title\">").append(old ? "Video mới" : "Tin mới")
                .append("</h3>\n");
        for (ReplicaArticle r : load(site, site.store.newest(null, 0, 5))) {
            Layout.card(b, site, r, r.path(), "h4", false, false);
        }
        b.append("</div>\n<div class=\"ads-wrap\"><ins class=\"adsbygoogle\" data-ad-client=\"ca-pub-4906810772558291\"></ins></div>\n");
        if (style.weather()) {
            b.append("<div class=\"weather-box\"><h3 class=\"box-title\">Thời tiết</h3><div class=\"weather__select\"><label>Địa phương</label>")
                    .append("<select name=\"place\"><option>Thành phố Hà Tĩnh</option><option>Thị xã Kỳ Anh</option><option>Thị xã Hồng Lĩnh</option></select></div>")
                    .append("<div class=\"weather__now\"><span class=\"temp\">27°C</span> <span class=\"desc\">Có mây</span></div>")
                    .append("<a class=\"weather__more\" href=\"/cong-cu/thoi-tiet\">Xem thêm Thành phố Hà Tĩnh</a></div>\n");
        }
        b.append("</aside>\n");
    }

    static List<ReplicaArticle> load(Site site, List<Long> ids) {
        List<ReplicaArticle> out = new ArrayList<>(ids.size());
        for (long id : ids) {
            site.store.get(id).ifPresent(out::add);
        }
        return out;
    }

    private static String newsArticleJson(Site site, ReplicaArticle a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@context", "https://schema.org");
        m.put("@type", "NewsArticle");
        m.put("mainEntityOfPage", object("@type", "WebPage", "@id", site.abs(a.path())));
        m.put("headline", a.title());
        m.put("description", a.sapo());
        Optional.ofNullable(site.leadImage(a)).ifPresent(u -> m.put("image", List.of(u)));
        m.put("datePublished", Site.ISO.format(a.published()));
        m.put("dateModified", Site.ISO.format(a.lastModified()));
        if (!a.author().isEmpty()) {
            m.put("author", List.of(object("@type", "Person", "name", a.author())));
        }
        m.put("articleSection", a.category().currentParent().label());
        if (!a.tags().isEmpty()) {
            m.put("keywords", String.join(", ", a.tags()));
        }
        m.put("inLanguage", "vi");
        m.put("publisher", object("@type", "Organization", "name", "Báo Hà Tĩnh điện tử",
                "logo", object("@type", "ImageObject", "url", site.abs("/assets/web/styles/img/logo.png"))));
        return json(m);
    }

    private static String breadcrumbJson(Site site, ReplicaArticle a) {
        Category s = a.category().currentParent();
        List<Map<String, Object>> items = new ArrayList<>();
        items.add(object("@type", "ListItem", "position", 1, "name", "Trang chủ", "item", site.abs("/")));
        items.add(object("@type", "ListItem", "position", 2, "name", s.label(), "item", site.abs(site.categoryHref(s))));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@context", "https://schema.org");
        m.put("@type", "BreadcrumbList");
        m.put("itemListElement", items);
        return json(m);
    }

    /**
     * A JSON object whose keys come out in the order given. Not {@code Map.of}: its order changes from one run to
     * the next, and a page must be the same bytes on every run (crawler tests, conditional requests).
     */
    private static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    private static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
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
                .append("<script type=\"application/ld+json\">").append(Html.scriptSafe(newsArticleJson(site, a))).append("</script>\n")
                .append("</head>\n<body>\n<header class=\"amp-header\"><a href=\"/\">Báo Hà Tĩnh</a></header>\n<article class=\"article\">\n")
                .append("<h1 class=\"article__title cms-title\">").append(Html.esc(a.title())).append("</h1>\n")
                .append("<time class=\"time\" datetime=\"").append(Site.ISO.format(a.published())).append("\">")
                .append(Site.DMY_HM.format(a.published())).append("</time>\n")
                .append("<div class=\"article__sapo cms-desc\">").append(Html.esc(displayedSapo(a))).append("</div>\n")
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
                .append(Html.esc(displayedSapo(a))).append("</em></p>\n");
        for (String p : a.body()) {
            b.append("<p>").append(Html.esc(p)).append("</p>\n");
        }
        b.append("<p><strong>").append(Html.esc(a.author())).append("</strong></p>\n</body></html>\n");
        return b.toString();
    }
}
