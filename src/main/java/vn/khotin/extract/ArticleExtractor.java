package vn.khotin.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import vn.khotin.model.Capture;
import vn.khotin.extract.ExtractionResult.Extracted;
import vn.khotin.extract.ExtractionResult.Failed;
import vn.khotin.extract.ExtractionResult.NotArticle;
import vn.khotin.model.Article;
import vn.khotin.model.ExtractionMethod;

/**
 * Turns a captured page into an {@link Article}.
 *
 * <p>The site profile's selectors come first ({@link ExtractionMethod#PROFILE}). When they find no title or no
 * body (a redesign), the page's JSON-LD {@code NewsArticle} is used, then its OpenGraph/meta tags, then a
 * generic main-content heuristic; the article records which method produced it. Metadata the chosen source
 * lacks (dates, author, tags…) is filled from the others. Page furniture never reaches the record: the profile
 * drops it by selector, and whole lines the profile lists as boilerplate (comment templates, "Tin liên quan:",
 * share prompts…) are dropped wherever they appear; the byline at the end of the body becomes the author.
 *
 * <p>Never throws for bad input, and stays within the profile's size and time limits: an unusable capture
 * becomes {@link Failed} with a reason code, and a page that is not an article becomes {@link NotArticle}.
 * Instances are immutable and thread-safe.
 */
public final class ArticleExtractor {

    private static final Pattern FILE_NAME = Pattern.compile(
            "[\\w\\-.() ]{1,120}\\.(?i:jpe?g|png|gif|webp|bmp|svg)");
    private static final Pattern RELATED_HEADING = Pattern.compile(
            "(?i)(?:tin liên quan|bài liên quan|đọc thêm|tin cùng chuyên mục)\\s*:?");
    private static final Pattern BODY_FURNITURE = Pattern.compile(
            "(?i)comment|binh-?luan|share|social|relate|\\bads?\\b|ads[_-]|advert|banner|breadcrumb|weather"
                    + "|\\btags?\\b|widget|sidebar|footer|\\bnav|menu|__meta|\\bmeta\\b|__author|byline|popup");
    private static final List<String> HOME_LABELS = List.of("trang chủ", "trang chu", "home");
    private static final int MIN_HEURISTIC_CHARS = 150;

    private final ExtractionRules rules;

    public ArticleExtractor(ExtractionRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /** Extracts the article from a capture, or says why it could not. Never throws. */
    public ExtractionResult extract(Capture capture) {
        return extractDetailed(capture).result();
    }

    /** Like {@link #extract}, with the notes and the time taken (for the crawl report). Never throws. */
    public ExtractionOutcome extractDetailed(Capture capture) {
        long start = System.nanoTime();
        List<String> notes = new ArrayList<>();
        ExtractionResult result;
        try {
            result = run(capture, notes, new Deadline(start, rules.limits().timeLimitMillis()));
        } catch (Deadline.Exceeded e) {
            result = new Failed("timeout: over " + rules.limits().timeLimitMillis() + " ms");
        } catch (StackOverflowError e) {
            result = new Failed("too-complex: nesting too deep");
        } catch (RuntimeException e) {
            result = new Failed("exception: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        return new ExtractionOutcome(result, notes, System.nanoTime() - start);
    }

    private ExtractionResult run(Capture capture, List<String> notes, Deadline deadline) {
        if (capture == null) {
            return new Failed("empty-body: no capture");
        }
        int status = capture.status();
        if (status >= 300 && status < 400) {
            return new NotArticle("redirect", "HTTP " + status + " → " + capture.header("Location").orElse("?"));
        }
        if (status != 200) {
            return new NotArticle("http-error", "HTTP " + status);
        }
        byte[] bytes = capture.body();
        if (bytes.length == 0) {
            return new Failed("empty-body: 0 bytes");
        }
        String media = capture.mediaType();
        if (!media.isEmpty() && !media.contains("html") && !looksLikeHtml(bytes)) {
            return new NotArticle("non-html", media);
        }
        int max = rules.limits().maxBytes();
        if (bytes.length > max) {
            notes.add("truncated: " + bytes.length + " bytes cut to " + max);
            bytes = Arrays.copyOf(bytes, max);
        }
        CharsetDetector.Decoded decoded = CharsetDetector.decode(bytes, capture.declaredCharset());
        if (!decoded.how().equals("utf8")) {
            notes.add("charset: " + decoded.charset().name() + " (" + decoded.how() + ")");
        }
        if (decoded.text().isBlank()) {
            return new Failed("empty-body: only whitespace");
        }
        deadline.check();
        Parser parser = Parser.htmlParser().setMaxDepth(rules.limits().maxDepth());
        Document doc = Jsoup.parse(decoded.text(), capture.url(), parser);
        deadline.check();
        int elements = countElements(doc, rules.limits().maxElements());
        if (elements > rules.limits().maxElements()) {
            return new Failed("too-complex: more than " + rules.limits().maxElements() + " elements");
        }
        return extract(new Page(doc, rules, deadline), capture.url());
    }

    private static boolean looksLikeHtml(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), java.nio.charset.StandardCharsets.ISO_8859_1)
                .toLowerCase(java.util.Locale.ROOT);
        return head.contains("<html") || head.contains("<!doctype html");
    }

    private static int countElements(Document doc, int limit) {
        int[] n = {0};
        doc.filter(new NodeFilter() {
            @Override
            public FilterResult head(org.jsoup.nodes.Node node, int depth) {
                if (node instanceof Element && ++n[0] > limit) {
                    return FilterResult.STOP;
                }
                return FilterResult.CONTINUE;
            }
        });
        return n[0];
    }

    private ExtractionResult extract(Page page, String fetchedUrl) {
        Document doc = page.doc;
        String canonical = doc.select("link[rel=canonical]").attr("abs:href");
        String ogUrl = StructuredData.meta(page, "og:url");
        String url = null;
        for (String candidate : List.of(canonical, ogUrl, fetchedUrl)) {
            if (page.articleId(candidate).isPresent()) {
                url = candidate;
                break;
            }
        }
        if (url == null) {
            String kind = pageKind(fetchedUrl);
            return new NotArticle(kind == null ? "page" : kind, "no article ID in " + shorten(fetchedUrl));
        }
        long id = page.articleId(url).getAsLong();
        String kind = pageKind(url);
        if (kind == null) {
            kind = pageKind(fetchedUrl);
        }

        Draft draft = null;
        ExtractionMethod method = null;
        Element titleEl = page.first(doc, rules.title());
        Element bodyEl = page.first(doc, rules.body());
        if (titleEl != null && bodyEl != null) {
            Draft d = profile(page, titleEl, bodyEl);
            if (!d.body.isEmpty() || !d.sapo.isEmpty()) {
                draft = d;
                method = ExtractionMethod.PROFILE;
            }
        }
        if (method == ExtractionMethod.PROFILE && !draft.sapo.isEmpty() && !draft.author.isEmpty()
                && draft.published != null && !draft.category.isEmpty()) {
            // The profile found everything the other sources could add; skip parsing them (most pages).
            return finishWithRelated(page, draft, method, url, id, kind);
        }
        StructuredData.JsonLd ld = StructuredData.jsonLd(page);
        StructuredData.Meta meta = StructuredData.meta(page);
        Draft visible = visibleMetadata(page);
        if (draft == null && ld.article() != null) {
            draft = ld.article();
            method = ExtractionMethod.JSON_LD;
        }
        if (draft == null && meta.looksLikeArticle()) {
            draft = meta.draft();
            method = ExtractionMethod.META;
        }
        if (draft == null) {
            draft = new Draft();
            draft.title = heuristicTitle(page);
            method = ExtractionMethod.HEURISTIC;
        }
        if (method == ExtractionMethod.PROFILE) {
            if (ld.article() != null) {
                draft.fillMetadataFrom(ld.article());
            }
            draft.fillMetadataFrom(meta.draft()).fillMetadataFrom(visible);
        } else {
            if (draft.body.isEmpty()) {
                Draft main = heuristicBody(page);
                draft.body = main.body;
                if (draft.captions.isEmpty()) {
                    draft.captions = main.captions;
                }
                if (draft.relatedIds.isEmpty()) {
                    draft.relatedIds = main.relatedIds;
                }
                List<String> images = new ArrayList<>(draft.imageUrls);
                images.addAll(main.imageUrls);
                draft.imageUrls = images;
            }
            if (ld.article() != null) {
                draft.fillFrom(ld.article());
            }
            draft.fillFrom(meta.draft()).fillFrom(visible);
            if (draft.breadcrumb.isEmpty()) {
                draft.breadcrumb = ld.breadcrumb();
            }
            draft.relatedIds.addAll(relatedByHeading(page));
        }
        return finishWithRelated(page, draft, method, url, id, kind);
    }

    private ExtractionResult finishWithRelated(Page page, Draft draft, ExtractionMethod method, String url, long id,
                                               String kind) {
        List<Long> related = new ArrayList<>(draft.relatedIds);
        for (Element list : page.all(page.doc, rules.related())) {
            related.addAll(page.linkedIds(list));
        }
        draft.relatedIds = related;
        return finish(page, draft, method, url, id, kind);
    }

    private String pageKind(String url) {
        if (url == null || url.length() > 2000) {
            return null;
        }
        for (Map.Entry<String, Pattern> e : rules.pageKinds().entrySet()) {
            if (e.getValue().matcher(url).find()) {
                return e.getKey();
            }
        }
        return null;
    }

    private Draft profile(Page page, Element titleEl, Element bodyEl) {
        Draft d = new Draft();
        d.title = Page.valueOf(titleEl);
        d.sapo = page.firstValue(rules.sapo());
        d.author = String.join(" - ", page.values(rules.author()));
        d.published = date(page, rules.published());
        d.updated = date(page, rules.updated());
        d.breadcrumb = new ArrayList<>(page.values(rules.breadcrumb()));
        d.category = page.firstValue(rules.category());
        d.tags = new ArrayList<>(page.values(rules.tags()));
        Element lead = page.first(page.doc, rules.leadImage());
        if (lead != null) {
            Element img = lead.normalName().equals("img") || lead.normalName().equals("meta") ? lead
                    : lead.selectFirst("img");
            if (img != null && !page.imageUrl(img).isEmpty()) {
                d.imageUrls.add(page.imageUrl(img));
            }
        }
        BodyReader.Content content = new BodyReader(page).read(bodyEl);
        d.body = new ArrayList<>(content.paragraphs());
        d.captions = new ArrayList<>(content.captions());
        d.imageUrls.addAll(content.images());
        d.relatedIds = new ArrayList<>(content.relatedIds());
        return d;
    }

    private java.time.OffsetDateTime date(Page page, List<ExtractionRules.Css> selectors) {
        for (ExtractionRules.Css css : selectors) {
            for (Element e : css.select(page.doc)) {
                page.deadline.tick();
                for (String value : List.of(e.attr("datetime"), e.attr("content"), e.text())) {
                    var parsed = VietnameseDates.parse(value);
                    if (parsed.isPresent()) {
                        return parsed.get();
                    }
                }
            }
        }
        return null;
    }

    /** Dates a reader sees without the profile: {@code time} elements and date-like classes. */
    private Draft visibleMetadata(Page page) {
        Draft d = new Draft();
        for (Element e : page.doc.select("time, [itemprop=datePublished], [class*=date], [class*=time]")) {
            page.deadline.tick();
            String value = e.hasAttr("datetime") ? e.attr("datetime")
                    : e.hasAttr("content") ? e.attr("content") : e.ownText();
            var parsed = VietnameseDates.parse(value);
            if (parsed.isPresent()) {
                d.published = parsed.get();
                break;
            }
        }
        return d;
    }

    private String heuristicTitle(Page page) {
        for (Element h1 : page.doc.select("h1")) {
            String t = Page.valueOf(h1);
            if (!t.isEmpty()) {
                return t;
            }
        }
        String og = StructuredData.stripSuffix(page, StructuredData.meta(page, "og:title"));
        if (!og.isEmpty()) {
            return og;
        }
        return StructuredData.stripSuffix(page, Texts.normalize(page.doc.title()));
    }

    private Draft heuristicBody(Page page) {
        Draft d = new Draft();
        Element main = MainContent.find(page);
        if (main == null) {
            return d;
        }
        for (Element e : main.select("h1, nav, header, footer, aside, form, time")) {
            if (e != main) {
                e.remove();
            }
        }
        for (Element e : main.select("[class], [id]")) {
            page.deadline.tick();
            if (e != main && e.parent() != null && BODY_FURNITURE.matcher(e.className() + " " + e.id()).find()) {
                e.remove();
            }
        }
        BodyReader.Content content = new BodyReader(page).read(main);
        for (String p : content.paragraphs()) {
            if (!isDateLine(p)) {
                d.body.add(p);
            }
        }
        d.captions = new ArrayList<>(content.captions());
        d.imageUrls = new ArrayList<>(content.images());
        d.relatedIds = new ArrayList<>(content.relatedIds());
        return d;
    }

    private static boolean isDateLine(String p) {
        return p.length() <= 60 && VietnameseDates.parse(p).isPresent();
    }

    /** Links under a "Tin liên quan" / "Đọc thêm" heading, for pages the profile does not describe. */
    private List<Long> relatedByHeading(Page page) {
        List<Long> ids = new ArrayList<>();
        for (Element e : page.doc.select("h2, h3, h4, h5, div, span, strong, p")) {
            page.deadline.tick();
            String own = Texts.normalize(e.ownText());
            if (own.length() > 30 || !RELATED_HEADING.matcher(own).matches()) {
                continue;
            }
            Element box = e.parent();
            if (box != null) {
                ids.addAll(page.linkedIds(box));
            }
            if (ids.size() > 24) {
                break;
            }
        }
        return ids;
    }

    private ExtractionResult finish(Page page, Draft d, ExtractionMethod method, String url, long id, String kind) {
        page.deadline.check();
        String title = Texts.normalize(d.title);
        if (method != ExtractionMethod.PROFILE) {
            title = StructuredData.stripSuffix(page, title);
        }
        String source = "";
        String sapo = Texts.normalize(d.sapo);
        String markedSapo = sapo;
        Matcher m = sapo.length() <= 5000 ? rules.sourceMark().matcher(sapo) : null;
        if (m != null && m.find()) {
            source = Texts.normalize(m.group(1));
            sapo = sapo.substring(m.end()).trim();
        }
        List<String> body = new ArrayList<>();
        for (String p : d.body) {
            String t = Texts.normalize(p);
            if (!t.isEmpty()) {
                body.add(t);
            }
        }
        if (sapo.isEmpty() && !body.isEmpty()) {
            Matcher lead = rules.sourceMark().matcher(body.get(0));
            if (lead.find()) {
                source = Texts.normalize(lead.group(1));
                sapo = body.remove(0).substring(lead.end()).trim();
                markedSapo = sapo;
            }
        }
        // The title repeats as a line wherever an image's alt text shows (old pages); the sapo repeats only
        // above the body (the seed page shows it twice), so only leading copies of it are dropped.
        List<String> kept = new ArrayList<>();
        for (String p : body) {
            page.deadline.tick();
            boolean leadingSapo = kept.isEmpty() && (Texts.sameText(p, sapo) || Texts.sameText(p, markedSapo));
            if (leadingSapo || Texts.sameText(p, title) || isFurnitureLine(p)) {
                continue;
            }
            kept.add(p);
        }
        String author = bylineAndAuthor(kept, Texts.normalize(d.author));
        List<Article.Caption> captions = new ArrayList<>();
        for (Article.Caption c : d.captions) {
            String text = Texts.normalize(c.text());
            if (Texts.sameText(text, title) || FILE_NAME.matcher(text).matches()) {
                text = "";
            }
            if (!text.isEmpty() || !c.credit().isEmpty()) {
                captions.add(new Article.Caption(text, Texts.normalize(c.credit()), c.imageUrl()));
            }
        }
        List<String> breadcrumb = new ArrayList<>();
        for (String b : d.breadcrumb) {
            String t = Texts.normalize(b);
            if (!t.isEmpty() && !HOME_LABELS.contains(t.toLowerCase(java.util.Locale.ROOT)) && !breadcrumb.contains(t)) {
                breadcrumb.add(t);
            }
        }
        String category = Texts.normalize(d.category);
        if (category.isEmpty() && !breadcrumb.isEmpty()) {
            category = breadcrumb.get(breadcrumb.size() - 1);
        }
        List<String> tags = d.tags.stream().map(Texts::normalize).filter(t -> !t.isEmpty()).distinct().toList();
        List<Long> related = new ArrayList<>(new LinkedHashSet<>(d.relatedIds));
        related.remove(Long.valueOf(id));
        List<String> images = new ArrayList<>(new LinkedHashSet<>(d.imageUrls));

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
        // Pages state a modification time even when nothing changed; equal to publication means "never updated".
        java.time.OffsetDateTime updated = d.updated != null && d.updated.isEqual(d.published == null
                ? java.time.OffsetDateTime.MIN : d.published) ? null : d.updated;
        return new Extracted(new Article(id, url, title, sapo, source, kept, captions, author, d.published,
                updated, category, breadcrumb, tags, related, images, method));
    }

    /**
     * Removes the byline from the end of the body and returns the author. Lines equal to the author element
     * go (the old template repeats it); a last line shaped like a byline ({@code extract.byline}) is taken as
     * the author when there is no author element or when it names the same person more fully ("Lê Tuấn" →
     * "Lê Tuấn - Thành Chung"). A byline-shaped line that contradicts the author element stays in the body:
     * dropping real text is worse than keeping a name.
     */
    private String bylineAndAuthor(List<String> kept, String author) {
        boolean taken = false;
        while (!kept.isEmpty()) {
            String last = kept.get(kept.size() - 1);
            if (!author.isEmpty() && Texts.sameText(last, author)) {
                kept.remove(kept.size() - 1);
                taken = true;
            } else if (!taken && last.length() <= 80 && rules.byline().matcher(last).matches()
                    && (author.isEmpty() || last.contains(author) || author.contains(last))) {
                if (last.length() > author.length()) {
                    author = last;
                }
                kept.remove(kept.size() - 1);
                taken = true;
            } else {
                break;
            }
        }
        return author;
    }

    private boolean isFurnitureLine(String p) {
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

    private static String shorten(String s) {
        return s == null ? "" : s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    /** The article ID in a URL according to this extractor's profile (for other stages resolving links). */
    public OptionalLong articleId(String url) {
        return Page.articleId(rules.articleIdPattern(), url);
    }
}
