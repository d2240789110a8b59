package vn.khotin.extract;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.khotin.crawl.Capture;

/**
 * Turns a captured page into an {@link Article}, using the site profile's selectors.
 *
 * <p>Never throws for bad input: an unusable capture becomes {@link ExtractionResult.Failed} with a reason,
 * and a page that is not an article becomes {@link ExtractionResult.NotArticle}.
 */
public final class ArticleExtractor {

    private final ExtractionRules rules;

    public ArticleExtractor(ExtractionRules rules) {
        this.rules = rules;
    }

    /** Extracts the article from a capture, or says why it could not. */
    public ExtractionResult extract(Capture capture) {
        try {
            if (capture.status() != 200) {
                return new ExtractionResult.Failed("http-status: " + capture.status());
            }
            String media = capture.mediaType();
            if (!media.isEmpty() && !media.contains("html")) {
                return new ExtractionResult.NotArticle("non-html", media);
            }
            if (capture.body().length == 0) {
                return new ExtractionResult.Failed("empty-body");
            }
            Document doc = Jsoup.parse(new String(capture.body(),
                    capture.declaredCharset().orElse(StandardCharsets.UTF_8)), capture.url());
            return extract(doc, capture.url());
        } catch (RuntimeException e) {
            return new ExtractionResult.Failed("exception: " + e);
        }
    }

    private ExtractionResult extract(Document doc, String fetchedUrl) {
        String canonical = doc.select("link[rel=canonical]").attr("abs:href");
        String url = canonical.isBlank() ? fetchedUrl : canonical;
        OptionalLong id = articleId(url);
        if (id.isEmpty()) {
            id = articleId(fetchedUrl);
        }
        if (id.isEmpty()) {
            return new ExtractionResult.NotArticle("page", "no article id in " + url);
        }
        String title = text(doc, rules.title());
        Element body = first(doc, rules.body());
        if (title.isEmpty() || body == null) {
            return new ExtractionResult.NotArticle("page", "no title or body");
        }
        for (String selector : rules.drop()) {
            body.select(selector).remove();
        }
        List<String> paragraphs = new ArrayList<>();
        for (Element p : body.select("p, blockquote")) {
            String t = normalize(p.text());
            if (!t.isEmpty()) {
                paragraphs.add(t);
            }
        }
        String sapo = text(doc, rules.sapo());
        String source = "";
        Matcher m = java.util.regex.Pattern.compile("^\\((Baohatinh\\.vn)\\)\\s*-\\s*").matcher(sapo);
        if (m.find()) {
            source = m.group(1);
            sapo = sapo.substring(m.end());
        }
        return new ExtractionResult.Extracted(new Article(id.getAsLong(), url, title, sapo, source, paragraphs,
                List.of(), text(doc, rules.author()), published(doc), null, text(doc, rules.category()),
                List.of(), List.of(), List.of(), List.of(), ExtractionMethod.PROFILE));
    }

    private OptionalLong articleId(String url) {
        Matcher m = rules.articleIdPattern().matcher(url);
        if (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) != null) {
                    return OptionalLong.of(Long.parseLong(m.group(g)));
                }
            }
        }
        return OptionalLong.empty();
    }

    private OffsetDateTime published(Document doc) {
        for (String selector : rules.published()) {
            for (Element e : doc.select(selector)) {
                for (String value : List.of(e.attr("datetime"), e.attr("content"))) {
                    if (!value.isBlank()) {
                        try {
                            return OffsetDateTime.parse(value.trim());
                        } catch (DateTimeParseException ignored) {
                            // try the next candidate
                        }
                    }
                }
            }
        }
        return null;
    }

    private static Element first(Document doc, List<String> selectors) {
        for (String selector : selectors) {
            Element e = doc.selectFirst(selector);
            if (e != null) {
                return e;
            }
        }
        return null;
    }

    private static String text(Document doc, List<String> selectors) {
        Element e = first(doc, selectors);
        return e == null ? "" : normalize(e.text());
    }

    static String normalize(String s) {
        String nfc = Normalizer.normalize(s, Normalizer.Form.NFC);
        return nfc.replaceAll("[\\u200B-\\u200D\\uFEFF]", "").replace('\u00A0', ' ').replaceAll("\\s+", " ").trim();
    }
}
