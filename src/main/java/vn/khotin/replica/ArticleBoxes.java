package vn.khotin.replica;

import java.util.List;

/**
 * The boxes around an article on its page (§6.5): related stories, the old era's author box, the comment
 * templates, "Các tin đã đưa", the sidebar and the share prompt. They are boilerplate an extractor must leave out.
 */
final class ArticleBoxes {

    private ArticleBoxes() {
    }

    static void related(StringBuilder b, Site site, ReplicaArticle a, EraStyle style, List<ReplicaArticle> related) {
        b.append("<section class=\"related\">\n<h2 class=\"related__title box-title\">").append(style.relatedTitle().text()).append("</h2>\n");
        for (int i = 0; i < related.size(); i++) {
            Layout.card(b, site, related.get(i), site.articleHref(related.get(i), a.path(), i), "h3", false, true);
        }
        b.append("</section>\n");
    }

    /** The seed page shows the author twice after the related heading. */
    static void authorTwice(StringBuilder b, ReplicaArticle a, String ent) {
        b.append("<div class=\"article__author-source\"><div class=\"author-box\"><span class=\"author-box__name\">")
                .append(Html.esc(a.author(), ent)).append("</span></div>\n<div class=\"article__source\"><span class=\"cms-author\">")
                .append(Html.esc(a.author(), ent)).append("</span></div></div>\n");
    }

    static void comments(StringBuilder b, ReplicaArticle a) {
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

    /** "Các tin đã đưa": the section's articles published before this one. */
    static void olderNews(StringBuilder b, List<ReplicaArticle> older) {
        b.append("<section class=\"box-older-news\">\n<h3 class=\"box-title\">Các tin đã đưa</h3>\n<ul class=\"older-news__list\">\n");
        for (ReplicaArticle o : older) {
            b.append("<li><a class=\"cms-link\" href=\"").append(Html.esc(o.path())).append("\">").append(Html.esc(o.title()))
                    .append("</a> <span class=\"time\">(").append(Site.DMY.format(o.published())).append(")</span></li>\n");
        }
        b.append("</ul>\n</section>\n");
    }

    /** The right column: the newest stories (headed "Video mới" on old-era pages), an ad slot, the weather box. */
    static void sidebar(StringBuilder b, Site site, EraStyle style, boolean old, List<ReplicaArticle> newest) {
        b.append("<aside class=\"col-right sidebar\">\n<div class=\"box-latest\"><h3 class=\"box-title\">").append(old ? "Video mới" : "Tin mới")
                .append("</h3>\n");
        for (ReplicaArticle r : newest) {
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

    static void sharePrompt(StringBuilder b) {
        b.append("<div class=\"share-popup\" id=\"sharePopup\"><p class=\"share-popup__text\">Hãy chia sẻ với bạn bè!</p>")
                .append("<a class=\"share-popup__close\" href=\"javascript:void(0)\">Tắt [X]</a></div>\n");
    }
}
