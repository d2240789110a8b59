package vn.khotin.extract;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.khotin.extract.ExtractionResult.Extracted;
import vn.khotin.extract.ExtractionResult.Failed;
import vn.khotin.extract.ExtractionResult.NotArticle;
import vn.khotin.model.Article;
import vn.khotin.model.ExtractionMethod;

/**
 * The last stage of an extraction: from the gathered fields ({@link Draft}) to the {@link Article}, or to the
 * verdict that the page holds none. Every text is normalized ({@link Texts}); the source mark at the front of the
 * sapo becomes the article's source; lines that repeat the title or the sapo, file names and the profile's
 * boilerplate lines leave the body; the byline at its end becomes the author ({@link Byline}); lists lose their
 * duplicates.
 */
final class ArticleAssembly {

    /** A caption or line that is only an image's file name: neither caption nor text. */
    private static final Pattern FILE_NAME = Pattern.compile(
            "[\\w\\-.() ]{1,120}\\.(?i:jpe?g|png|gif|webp|bmp|svg)");
    private static final List<String> HOME_LABELS = List.of("trang chủ", "trang chu", "home");
    /** The least body text the heuristic's guess must hold to count as an article. */
    private static final int MIN_HEURISTIC_CHARS = 150;

    /**
     * The sapo without its source mark, the sapo as the page wrote it (which a body line may repeat), and the
     * source the mark names ("(Baohatinh.vn) - …"); empty when there is no mark.
     */
    private record Lead(String sapo, String markedSapo, String source) {}

    private ArticleAssembly() {
    }

    /**
     * The article, or why there is none: no body text (a {@link NotArticle} of the page's kind, or "no-text"), or
     * no title (a {@link Failed}).
     *
     * @param kind the page kind the profile gives the URL, or null
     */
    static ExtractionResult finish(Page page, Draft d, ExtractionMethod method, String url, long id, String kind) {
        page.deadline.check();
        String title = Texts.normalize(d.title);
        if (method != ExtractionMethod.PROFILE) {
            title = StructuredData.stripSuffix(page, title);
        }
        List<String> body = new ArrayList<>();
        for (String p : d.body) {
            String t = Texts.normalize(p);
            if (!t.isEmpty()) {
                body.add(t);
            }
        }
        Lead lead = lead(page.rules.sourceMark(), Texts.normalize(d.sapo), body);
        List<String> kept = bodyLines(page, body, title, lead);
        String author = Byline.takeAuthor(kept, Texts.normalize(d.author), page.rules.byline());
        ExtractionResult none = noArticle(kept, lead.sapo(), title, method, id, kind);
        if (none != null) {
            return none;
        }
        return new Extracted(article(d, method, url, id, title, lead, kept, author));
    }

    private static Article article(Draft d, ExtractionMethod method, String url, long id, String title, Lead lead,
            List<String> kept, String author) {
        List<String> breadcrumb = breadcrumb(d.breadcrumb);
        String category = Texts.normalize(d.category);
        if (category.isEmpty() && !breadcrumb.isEmpty()) {
            category = breadcrumb.get(breadcrumb.size() - 1);
        }
        List<String> tags = d.tags.stream().map(Texts::normalize).filter(t -> !t.isEmpty()).distinct().toList();
        List<Long> related = new ArrayList<>(new LinkedHashSet<>(d.relatedIds));
        related.remove(Long.valueOf(id));
        List<String> images = new ArrayList<>(new LinkedHashSet<>(d.imageUrls));
        // Pages state a modification time even when nothing changed; equal to publication means "never updated".
        OffsetDateTime updated = d.updated != null && d.updated.isEqual(d.published == null
                ? OffsetDateTime.MIN : d.published) ? null : d.updated;
        List<String> quotes = d.quotes.stream().filter(kept::contains).distinct().toList();
        return new Article(id, url, title, lead.sapo(), lead.source(), kept, captions(d.captions, title), author,
                d.published, updated, category, breadcrumb, tags, related, images, method, quotes);
    }

    /**
     * Takes the source mark off the sapo; a page without a sapo often opens its body with the marked line, which
     * then becomes the sapo ({@code body} loses it).
     */
    private static Lead lead(Pattern sourceMark, String sapo, List<String> body) {
        String source = "";
        String markedSapo = sapo;
        Matcher m = sapo.length() <= 5000 ? sourceMark.matcher(sapo) : null;
        if (m != null && m.find()) {
            source = Texts.normalize(m.group(1));
            sapo = sapo.substring(m.end()).trim();
        }
        if (sapo.isEmpty() && !body.isEmpty()) {
            Matcher first = sourceMark.matcher(body.get(0));
            if (first.find()) {
                source = Texts.normalize(first.group(1));
                sapo = body.remove(0).substring(first.end()).trim();
                markedSapo = sapo;
            }
        }
        return new Lead(sapo, markedSapo, source);
    }

    private static List<String> bodyLines(Page page, List<String> body, String title, Lead lead) {
        // The title repeats as a line wherever an image's alt text shows (old pages); the sapo repeats only
        // above the body (the seed page shows it twice), so only leading copies of it are dropped.
        List<String> kept = new ArrayList<>();
        for (String p : body) {
            page.deadline.tick();
            boolean leadingSapo = kept.isEmpty()
                    && (Texts.sameText(p, lead.sapo()) || Texts.sameText(p, lead.markedSapo()));
            if (leadingSapo || Texts.sameText(p, title) || isFurnitureLine(page.rules, p)) {
                continue;
            }
            kept.add(p);
        }
        return kept;
    }

    private static boolean isFurnitureLine(ExtractionRules rules, String p) {
        if (p.length() > 160) {
            return false;
        }
        if (FILE_NAME.matcher(p).matches()) {
            return true;
        }
        for (Pattern b : rules.boilerplate()) {
            if (b.matcher(p).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Why the page holds no article (no body text, or no title); null when it holds one. */
    private static ExtractionResult noArticle(List<String> kept, String sapo, String title, ExtractionMethod method,
            long id, String kind) {
        int chars = kept.stream().mapToInt(String::length).sum();
        boolean noText = "video".equals(kind) ? kept.isEmpty() : kept.isEmpty() && sapo.isEmpty();
        if (method == ExtractionMethod.HEURISTIC && chars < MIN_HEURISTIC_CHARS) {
            noText = true;
        }
        if (noText) {
            return new NotArticle(kind == null ? "no-text" : kind, "article " + id + " has no body text");
        }
        if (title.isEmpty()) {
            return new Failed("no-title: article " + id + " (" + method + ")");
        }
        return null;
    }

    /** Captions that only repeat the title or name the file lose their text; one with neither text nor credit goes. */
    private static List<Article.Caption> captions(List<Article.Caption> raw, String title) {
        List<Article.Caption> captions = new ArrayList<>();
        for (Article.Caption c : raw) {
            String text = Texts.normalize(c.text());
            if (Texts.sameText(text, title) || FILE_NAME.matcher(text).matches()) {
                text = "";
            }
            if (!text.isEmpty() || !c.credit().isEmpty()) {
                captions.add(new Article.Caption(text, Texts.normalize(c.credit()), c.imageUrl()));
            }
        }
        return captions;
    }

    /** The breadcrumb without the home link and without repeats. */
    private static List<String> breadcrumb(List<String> raw) {
        List<String> breadcrumb = new ArrayList<>();
        for (String b : raw) {
            String t = Texts.normalize(b);
            if (!t.isEmpty() && !HOME_LABELS.contains(t.toLowerCase(Locale.ROOT)) && !breadcrumb.contains(t)) {
                breadcrumb.add(t);
            }
        }
        return breadcrumb;
    }
}
