package vn.khotin.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.khotin.model.Article.Caption;
import vn.khotin.replica.Category;
import vn.khotin.replica.EraStyle;
import vn.khotin.replica.ReplicaArticle;
import vn.khotin.replica.ReplicaConfig;
import vn.khotin.replica.ReplicaTestAccess;
import vn.khotin.model.Article;
import vn.khotin.model.ExtractionMethod;

/**
 * Every replica sample article, rendered in every era and every §0 variant the replica offers, extracts to
 * exactly the record it was rendered from. The expected values are computed here from the replica's source
 * record, independently of the extractor (own normalization, own caption/credit split).
 */
class ReplicaArticlesTest {

    private static final String ORIGIN = "http://127.0.0.1:9";
    private static ReplicaTestAccess replica;
    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor(Profiles.baohatinh());

    @BeforeAll
    static void open() throws Exception {
        replica = ReplicaTestAccess.samples();
    }

    @AfterAll
    static void close() throws Exception {
        replica.close();
    }

    /** Named style variants; each is rendered once as the old era and once as the current era. */
    static Stream<Arguments> variants() {
        EraStyle cur = EraStyle.currentDefaults();
        EraStyle old = EraStyle.oldDefaults();
        List<Arguments> out = new ArrayList<>();
        List<Object[]> styles = List.of(
                new Object[] {"current defaults", cur},
                new Object[] {"old defaults", old},
                new Object[] {"weekday date, Đọc thêm, data-original", cur.withDateStyle(EraStyle.DateStyle.WEEKDAY)
                        .withRelatedTitle(EraStyle.RelatedTitle.DOC_THEM).withImageMode(EraStyle.ImageMode.DATA_ORIGINAL)},
                new Object[] {"pipe date, Tin cùng chuyên mục, src, title alt", cur.withDateStyle(EraStyle.DateStyle.PIPE)
                        .withRelatedTitle(EraStyle.RelatedTitle.TIN_CUNG_CHUYEN_MUC).withImageMode(EraStyle.ImageMode.SRC)
                        .withAltMode(EraStyle.AltMode.TITLE)},
                new Object[] {"Tin mới, 6 items, inline related, numeric entities", cur.withRelatedTitle(EraStyle.RelatedTitle.TIN_MOI)
                        .withRelatedCount(6).withInlineRelated(true).withEntities("numeric")},
                new Object[] {"no boilerplate, 3 items, named entities", old.withBoilerplate(false).withRelatedCount(3)
                        .withEntities("named")},
                new Object[] {"no related block", cur.withRelatedCount(0)});
        for (Object[] s : styles) {
            for (boolean oldEra : new boolean[] {true, false}) {
                out.add(Arguments.of(s[0] + (oldEra ? " / old era" : " / current era"), s[1], oldEra));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void everySampleExtractsExactly(String name, EraStyle style, boolean oldEra) {
        ReplicaConfig config = ReplicaConfig.builder().eras(style).currentEraStartId(oldEra ? Long.MAX_VALUE : 0).build();
        ReplicaTestAccess.View view = replica.view(config, ORIGIN);
        for (long id : replica.ids()) {
            ReplicaArticle source = replica.article(id);
            ExtractionResult r = EXTRACTOR.extract(Profiles.capture(view.url(source),
                    view.html(source).getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8"));
            assertThat(r).as("article %d (%s)", id, name).isInstanceOf(ExtractionResult.Extracted.class);
            Article got = ((ExtractionResult.Extracted) r).article();
            assertThat(got).as("article %d (%s)", id, name).isEqualTo(expected(view, source, false));
        }
    }

    @ParameterizedTest(name = "AMP / {0}")
    @MethodSource("variants")
    void ampPagesExtractTheSameText(String name, EraStyle style, boolean oldEra) {
        if (!name.startsWith("current defaults") && !name.startsWith("old defaults")) {
            return; // the AMP form ignores the style switches
        }
        ReplicaConfig config = ReplicaConfig.builder().eras(style).currentEraStartId(oldEra ? Long.MAX_VALUE : 0).build();
        ReplicaTestAccess.View view = replica.view(config, ORIGIN);
        for (long id : replica.ids()) {
            ReplicaArticle source = replica.article(id);
            String ampUrl = view.url(source).replace(".html", ".amp");
            ExtractionResult r = EXTRACTOR.extract(Profiles.capture(ampUrl,
                    view.amp(source).getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8"));
            assertThat(r).as("AMP article %d", id).isInstanceOf(ExtractionResult.Extracted.class);
            assertThat(((ExtractionResult.Extracted) r).article()).as("AMP article %d", id)
                    .usingRecursiveComparison().isEqualTo(expected(view, source, true));
        }
    }

    /** The record the page should give, from the replica's source record. */
    private static Article expected(ReplicaTestAccess.View view, ReplicaArticle a, boolean amp) {
        String sapo = a.sapo().startsWith("(Baohatinh.vn)") ? a.sapo().replaceFirst("^\\(Baohatinh\\.vn\\)\\s*-\\s*", "") : a.sapo();
        List<String> body = new ArrayList<>();
        for (String p : a.body()) {
            String t = norm(p.startsWith("> ") ? p.substring(2) : p);
            if (!t.isEmpty()) {
                body.add(t);
            }
        }
        int last = a.body().size() - 1;
        List<ReplicaArticle.Figure> figures = new ArrayList<>(a.figures());
        figures.sort(Comparator.comparingInt(f -> Math.min(f.after(), last))); // stable: page order
        List<Caption> captions = new ArrayList<>();
        LinkedHashSet<String> images = new LinkedHashSet<>();
        if (!amp && !a.figures().isEmpty()) {
            images.add(view.imageUrl(a, a.figures().get(0).file())); // lead image = first figure
        }
        for (ReplicaArticle.Figure f : figures) {
            String url = view.imageUrl(a, f.file());
            images.add(url);
            if (!f.caption().isEmpty()) {
                captions.add(splitCredit(norm(f.caption()), url));
            }
        }
        Category section = a.category().currentParent();
        List<String> breadcrumb = new ArrayList<>();
        if (!amp) {
            breadcrumb.add(section.label());
            if (!a.category().current()) {
                breadcrumb.add(a.category().label());
            }
        }
        return new Article(a.id(), view.url(a), norm(a.title()), norm(sapo), "Baohatinh.vn", body, captions,
                norm(a.author()), a.published(), a.updated(), section.label(), breadcrumb,
                amp ? keywordTags(a.tags()) : a.tags().stream().map(ReplicaArticlesTest::norm).toList(),
                amp ? List.of() : view.related(a), new ArrayList<>(images),
                ExtractionMethod.PROFILE);
    }

    /**
     * An AMP page has no tag block, only JSON-LD {@code keywords}, which the replica writes as one
     * comma-joined string: a tag with a comma in it ("Xóa nhà tạm, nhà dột nát") cannot survive that.
     */
    private static List<String> keywordTags(List<String> tags) {
        return java.util.Arrays.stream(String.join(", ", tags).split(",")).map(ReplicaArticlesTest::norm)
                .filter(t -> !t.isEmpty()).distinct().toList();
    }

    /** The caption's credit is whatever follows its last "Ảnh" (with or without colon and parentheses). */
    private static Caption splitCredit(String caption, String url) {
        int at = caption.lastIndexOf("Ảnh");
        if (at < 0 || (at > 0 && Character.isLetter(caption.charAt(at - 1)))) {
            return new Caption(caption, "", url);
        }
        String credit = caption.substring(at + 3).replaceAll("^[:\\s]+|[)\\s.]+$", "");
        String text = caption.substring(0, at).replaceAll("[(\\s]+$", "");
        return new Caption(text, credit, url);
    }

    /** NFC, invisible characters removed, whitespace (no-break spaces included) collapsed. */
    private static String norm(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("[\\u200B-\\u200D\\u00AD\\uFEFF]", "")
                .replaceAll("[\\s\\u00A0]+", " ").trim();
    }
}
