package vn.khotin.replica;

import java.time.Year;

/** The page furniture every HTML page shares: head basics, header menu, ad slots, footer (reference §6.2, §10). */
final class Layout {

    private Layout() {
    }

    /** Opens the document up to the end of the common head elements; the caller adds page meta and closes the head. */
    static void head(StringBuilder b, Site site, String title, String description, String canonicalPath) {
        b.append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.esc(title + site.config.titleSuffix())).append("</title>\n")
                .append("<meta name=\"description\" content=\"").append(Html.esc(description)).append("\">\n")
                .append("<meta name=\"author\" content=\"Báo Hà Tĩnh điện tử\">\n")
                .append("<meta name=\"robots\" content=\"index, follow\">\n<meta name=\"googlebot\" content=\"index, follow\">\n")
                .append("<link rel=\"canonical\" href=\"").append(Html.esc(site.abs(canonicalPath))).append("\">\n")
                .append("<link rel=\"icon\" href=\"/assets/web/styles/img/favicon.png?v=1\">\n")
                .append("<link rel=\"stylesheet\" href=\"/assets/web/styles/css/main.css?v=20240915\">\n")
                .append("<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Báo Hà Tĩnh\" href=\"/rss/home.rss\">\n")
                .append("<meta property=\"og:locale\" content=\"vi_VN\">\n<meta property=\"og:site_name\" content=\"Báo Hà Tĩnh điện tử\">\n")
                .append("<script async src=\"https://www.googletagmanager.com/gtag/js?id=G-QL80R5QN7G\"></script>\n")
                .append("<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-QL80R5QN7G');</script>\n");
    }

    /** Closes the head and writes the header with the menu and the top ad slot. */
    static void header(StringBuilder b, Site site, String bodyClass) {
        b.append("</head>\n<body class=\"").append(bodyClass).append("\">\n<header class=\"site-header\">\n")
                .append("<div class=\"header__top\"><a class=\"logo cms-link\" href=\"/\" title=\"Báo Hà Tĩnh\">")
                .append("<img src=\"/assets/web/styles/img/logo.png\" alt=\"Báo Hà Tĩnh\"></a>")
                .append("<form class=\"search-form\" action=\"/tim-kiem\" method=\"get\"><input name=\"q\" placeholder=\"Tìm kiếm\"><button type=\"submit\">Tìm</button></form>")
                .append("<div class=\"header__links\"><a href=\"/epaper/\">Báo in</a> <a href=\"/tv/\">Truyền hình</a> <a href=\"/podcast/\">Podcast</a></div></div>\n")
                .append("<nav class=\"main-menu\"><ul>\n<li><a class=\"cms-link\" href=\"/\">Trang chủ</a></li>\n")
                .append("<li><a class=\"cms-link\" href=\"/tin-moi.html\">Tin mới</a></li>\n");
        for (Category c : Category.CURRENT) {
            b.append("<li><a class=\"cms-link\" href=\"/").append(c.slug()).append("/\">").append(Html.esc(c.label())).append("</a></li>\n");
        }
        b.append("<li><a href=\"/video/\">Video</a></li>\n<li><a href=\"/multimedia/\">Multimedia</a></li>\n")
                .append("<li><a href=\"/emagazine/\">E-magazine</a></li>\n<li><a href=\"/short-video/\">Short video</a></li>\n")
                .append("<li><a href=\"/cong-cu/gia-xang-dau/ron95\">Tiện ích</a></li>\n</ul></nav>\n</header>\n")
                .append("<div class=\"ads-wrap ads-top\"><ins class=\"adsbygoogle\" data-ad-client=\"ca-pub-4906810772558291\" data-ad-slot=\"1029384756\"></ins></div>\n")
                .append("<div id=\"adsWeb_AdsTop\" class=\"banner\"></div>\n");
    }

    /** The footer with the publisher's facts, then closes the document. */
    static void footer(StringBuilder b) {
        int year = Year.now(IdDates.VN).getValue();
        b.append("<footer class=\"site-footer\">\n<div class=\"footer__menu\">");
        for (Category c : Category.CURRENT) {
            b.append("<a href=\"/").append(c.slug()).append("/\">").append(Html.esc(c.label())).append("</a> ");
        }
        b.append("</div>\n<div class=\"footer__info\">\n<p><strong>Báo và phát thanh, truyền hình Hà Tĩnh</strong></p>\n")
                .append("<p>Tổng Biên tập: Nghiêm Sỹ Đống</p>\n")
                .append("<p>Giấy phép số: 15/GP-BTTTT do Bộ Thông tin - Truyền thông cấp ngày 17/01/2022. © ").append(year)
                .append(" Bản quyền thuộc về Báo Hà Tĩnh.</p>\n")
                .append("<p>Số 22, đường Phan Đình Phùng, phường Thành Sen, tỉnh Hà Tĩnh</p>\n")
                .append("<p>Điện thoại: (023)95.858.608 — (023)93.693.427. Email: <a href=\"mailto:hatinhdientu@baohatinh.vn\">hatinhdientu@baohatinh.vn</a></p>\n")
                .append("</div>\n<div class=\"footer__social\"><a href=\"https://www.facebook.com/baohatinh/\" rel=\"nofollow\">Facebook</a> ")
                .append("<a href=\"https://www.youtube.com/@bhttv\" rel=\"nofollow\">YouTube</a> ")
                .append("<a href=\"https://www.tiktok.com/@baohatinh\" rel=\"nofollow\">TikTok</a></div>\n")
                .append("</footer>\n<script src=\"/assets/web/js/main.js?v=20240915\"></script>\n</body>\n</html>\n");
    }

    /** A listing card in the sister-CMS form: thumbnail link, heading link, optional time and sapo. */
    static void card(StringBuilder b, Site site, ReplicaArticle a, String href, String headingTag, boolean withTime,
            boolean withSapo) {
        String lead = site.leadImage(a);
        b.append("<article class=\"story\" data-id=\"").append(a.id()).append("\">");
        if (lead != null) {
            b.append("<figure class=\"story__thumb\"><a class=\"cms-link\" href=\"").append(Html.esc(href)).append("\" title=\"")
                    .append(Html.esc(a.title())).append("\"><img src=\"").append(Html.PLACEHOLDER_GIF).append("\" data-src=\"")
                    .append(Html.esc(lead)).append("\" alt=\"").append(Html.esc(a.title())).append("\"></a></figure>");
        }
        b.append('<').append(headingTag).append(" class=\"story__heading\"><a class=\"cms-link\" href=\"").append(Html.esc(href))
                .append("\">").append(Html.esc(a.title())).append("</a></").append(headingTag).append('>');
        if (withTime) {
            b.append("<div class=\"story__meta\"><time class=\"time\" datetime=\"").append(Site.ISO.format(a.published()))
                    .append("\">").append(Site.DMY_HM.format(a.published())).append("</time></div>");
        }
        if (withSapo && !a.sapo().isEmpty()) {
            b.append("<div class=\"story__summary\">").append(Html.esc(a.sapo())).append("</div>");
        }
        b.append("</article>\n");
    }
}
