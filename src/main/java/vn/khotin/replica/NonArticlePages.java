package vn.khotin.replica;

/**
 * The sections that are neither articles nor listings of them: video, television, tools, the media sections,
 * search. They are there so that a crawler meets pages it must not index as articles; none has a URL of the
 * {@code -post<ID>.html} form.
 */
final class NonArticlePages {

    private final Site site;

    NonArticlePages(Site site) {
        this.site = site;
    }

    /** {@code /video/} */
    Page videos() {
        StringBuilder b = new StringBuilder("<ul class=\"video-list\">");
        String[][] items = {{"lu-ve-nhanh-tren-song-ngan-sau", "364"}, {"nguoi-dan-vung-ron-lu-don-dep-sau-lu", "365"},
            {"mua-gat-tren-dong-dat-can-loc", "371"}, {"le-hoi-dua-thuyen-tren-song-la", "380"}};
        for (String[] it : items) {
            b.append("<li><a href=\"/video/").append(it[0]).append('/').append(it[1]).append("\">Video: ").append(it[0].replace('-', ' ')).append("</a></li>");
        }
        b.append("</ul><h2>Mới nhất</h2><h2>Nổi bật</h2>");
        return Page.html(200, ListingPages.section(site, "/video/", "Video", b.toString()));
    }

    /** {@code /video/<slug>/<n>} */
    Page video(String path, String slug, String number) {
        return Page.html(200, ListingPages.section(site, path, "Video: " + slug.replace('-', ' '),
                "<div class=\"video-player\"><video controls preload=\"none\" src=\"/assets/video/" + number + ".mp4\"></video>"
                        + "<a class=\"close-player\" href=\"javascript:void(0)\">Tắt [X]</a></div>"));
    }

    /** {@code /tv/} */
    Page tv() {
        return Page.html(200, ListingPages.section(site, "/tv/", "Truyền hình Hà Tĩnh",
                "<a href=\"/\">Về Báo Hà Tĩnh</a><ul><li><a href=\"/tv/xuan-que-huong-tham-nong-cau-vi-giam-31120.html\">Xuân quê hương thắm nồng câu ví giặm</a></li>"
                        + "<li><a href=\"/tv/van-de-hom-nay-chuyen-doi-so-o-co-so-33570.html\">Vấn đề hôm nay: chuyển đổi số ở cơ sở</a></li>"
                        + "<li><a href=\"/tv/gia-vang\">Giá vàng</a></li></ul>"));
    }

    /** {@code /tv/<slug>-<n>.html} and {@code /tv/gia-vang} */
    Page tvItem(String path) {
        return Page.html(200, ListingPages.section(site, path, "Tin tức", "<a href=\"/\">Về Báo Hà Tĩnh</a><div class=\"tv-label\">Tin tức</div>"
                + "<p class=\"tv-byline\">PV - 07/03/2026 15:42</p><p>Chương trình truyền hình phát trên kênh HTV.</p>"));
    }

    /** A page under {@code /cong-cu/}, or null for a tool the site does not have. */
    Page tool(String path) {
        String title = switch (path) {
            case "/cong-cu/gia-xang-dau/ron95" -> "Giá xăng RON 95 hôm nay";
            case "/cong-cu/thoi-tiet" -> "Thời tiết Hà Tĩnh";
            case "/cong-cu/xo-so/mien-bac" -> "Kết quả xổ số miền Bắc";
            default -> path.startsWith("/cong-cu/lich-am/") ? "Lịch âm " + path.substring(17) : null;
        };
        if (title == null) {
            return null;
        }
        return Page.html(200, ListingPages.section(site, path, title,
                "<table class=\"tool-table\"><tr><th>Loại</th><th>Giá (đồng/lít)</th></tr><tr><td>Xăng RON 95-III</td><td>20.650</td></tr>"
                        + "<tr><td>Xăng E5 RON 92</td><td>19.870</td></tr></table><p><a href=\"/cong-cu/lich-am/28-02-2026\">Lịch âm</a> "
                        + "<a href=\"/cong-cu/thoi-tiet\">Thời tiết</a> <a href=\"/cong-cu/xo-so/mien-bac\">Xổ số</a></p>"));
    }

    /** {@code /multimedia/}, {@code /emagazine/}, {@code /podcast/}, {@code /short-video/}, {@code /epaper/}, with or without the slash. */
    Page media(String path) {
        for (String[] s : new String[][] {{"/multimedia/", "Multimedia"}, {"/emagazine/", "E-magazine"}, {"/podcast/", "Podcast"},
            {"/short-video/", "Short video"}, {"/epaper/", "Báo in"}}) {
            if (path.equals(s[0]) || path.equals(s[0].substring(0, s[0].length() - 1))) {
                return Page.html(200, ListingPages.section(site, s[0], s[1], "<p>Chuyên mục " + s[1] + " của Báo Hà Tĩnh.</p>"));
            }
        }
        return null;
    }

    /** {@code /tim-kiem} */
    Page search(String path) {
        return Page.html(200, ListingPages.section(site, path, "Tìm kiếm", "<p>Nhập từ khóa để tìm kiếm.</p>"));
    }
}
