package vn.khotin.replica;

/**
 * What an article page's head holds after the common elements of {@link Layout#head}: AMP and feed links,
 * keywords, Open Graph, {@code article:*} and Twitter properties, the CMS date and author metas, and the JSON-LD
 * (§6.4).
 */
final class ArticleHead {

    private ArticleHead() {
    }

    static void meta(StringBuilder b, Site site, ReplicaArticle a) {
        Category section = a.category().currentParent();
        String url = site.abs(a.path());
        String lead = site.leadImage(a);
        openGraph(b, site, a, section, url, lead);
        articleAndTwitter(b, a, section, url, lead);
        b.append("<meta class=\"cms-date\" itemprop=\"datePublished\" content=\"").append(Site.ISO.format(a.published())).append("\">\n");
        if (!a.author().isEmpty()) {
            b.append("<meta property=\"dable:author\" content=\"").append(Html.esc(a.author())).append("\">\n");
        }
        b.append("<script type=\"application/ld+json\">").append(Html.scriptSafe(ArticleJsonLd.newsArticle(site, a))).append("</script>\n")
                .append("<script type=\"application/ld+json\">").append(Html.scriptSafe(ArticleJsonLd.breadcrumbs(site, a))).append("</script>\n");
    }

    private static void openGraph(StringBuilder b, Site site, ReplicaArticle a, Category section, String url, String lead) {
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
    }

    private static void articleAndTwitter(StringBuilder b, ReplicaArticle a, Category section, String url, String lead) {
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
    }
}
