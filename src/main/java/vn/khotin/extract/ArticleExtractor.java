package vn.khotin.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import vn.khotin.extract.ExtractionResult.Failed;
import vn.khotin.extract.ExtractionResult.NotArticle;
import vn.khotin.model.Article;
import vn.khotin.model.Capture;
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
 *
 * <p>The stages, in order: {@code CaptureParser} (status, type, size, charset, parse), this class (which article
 * the page is, from its URLs), {@code DraftSources} (the fields from each source, strongest first), {@code
 * ArticleAssembly} (normalized text, cleaned body, byline, the verdict).
 */
public final class ArticleExtractor {

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

    /** The article ID in a URL according to this extractor's profile (for other stages resolving links). */
    public OptionalLong articleId(String url) {
        return Page.articleId(rules.articleIdPattern(), url);
    }

    private ExtractionResult run(Capture capture, List<String> notes, Deadline deadline) {
        CaptureParser.Parsed parsed = CaptureParser.parse(capture, rules.limits(), notes, deadline);
        if (parsed.refusal() != null) {
            return parsed.refusal();
        }
        return extract(new Page(parsed.doc(), rules, deadline), capture.url());
    }

    private ExtractionResult extract(Page page, String fetchedUrl) {
        String url = articleUrl(page, fetchedUrl);
        if (url == null) {
            String kind = pageKind(fetchedUrl);
            return new NotArticle(kind == null ? "page" : kind, "no article ID in " + shorten(fetchedUrl));
        }
        long id = page.articleId(url).getAsLong();
        String kind = pageKind(url);
        if (kind == null) {
            kind = pageKind(fetchedUrl);
        }
        DraftSources.Sourced sourced = DraftSources.gather(page);
        return ArticleAssembly.finish(page, sourced.draft(), sourced.method(), url, id, kind);
    }

    /** The page's own address when it names an article (canonical link, then og:url), else the fetched one's. */
    private static String articleUrl(Page page, String fetchedUrl) {
        String canonical = page.doc.select("link[rel=canonical]").attr("abs:href");
        String ogUrl = StructuredData.meta(page, "og:url");
        for (String candidate : List.of(canonical, ogUrl, fetchedUrl)) {
            if (page.articleId(candidate).isPresent()) {
                return candidate;
            }
        }
        return null;
    }

    /** The profile's kind of page for a URL ("video", "tag", …), or null. */
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

    private static String shorten(String s) {
        return s == null ? "" : s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
