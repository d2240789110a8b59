package vn.khotin.index;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import vn.khotin.analysis.VietnameseAnalysis;
import vn.khotin.analysis.VietnameseAnalysis.Role;
import vn.khotin.model.Article;
import vn.khotin.model.Fields;
import vn.khotin.model.VietnamTime;

/**
 * The Lucene schema: which fields an article becomes and how each is analyzed. Field names are constants
 * here so that index and search agree. See the package documentation for the full table.
 *
 * <ul>
 *   <li>Text ({@link #TITLE}, {@link #SAPO}, {@link #BODY}, {@link #CAPTIONS}), declared in the registry
 *       ({@link Fields#TEXT}: roles, stored, highlighted, weight): one field per analysis role ({@link #roles}),
 *       named {@code base + suffix}; highlighted fields (title/sapo/body) index offsets in the postings of the
 *       exact and folded fields, so the highlighter marks folded and abbreviated matches without re-analysis.
 *       Stored fields (title and sapo) also store their text (suggestions read them); the body is stored only
 *       in {@link #SOURCE}, the article's JSON, which the highlighter reads (stored once, read once per hit).
 *       The text of each comes from {@link #textValue}.</li>
 *   <li>Keywords ({@link #CATEGORY}, {@link #AUTHOR}, {@link #TAG}, {@link #PLACE}, {@link #YEAR},
 *       {@link #MONTH}): the exact value as a term and as sorted-set doc values (facets, drill-down); category,
 *       author, tag and place are also searchable in a {@code .folded} text field (query-language filters).</li>
 *   <li>Dates ({@link #PUBLISHED}, {@link #UPDATED}, {@link #FETCHED}): epoch milliseconds as point, doc
 *       values and stored value. Year and month are computed in Vietnam time (UTC+7).</li>
 *   <li>{@link #SIMHASH} (doc values) and {@link #SIMHASH_BAND} (six bands as terms) for
 *       near-duplicates; {@link #NAME} for names of people and organisations (related stories).</li>
 * </ul>
 * How each kind of field becomes Lucene fields is {@code DocumentFields}'s; the duplicate keys are computed by
 * {@code DuplicateKeys}.
 */
public final class ArticleSchema {

    public static final String ID = "id";
    public static final String URL = "url";
    // The text fields' names are declared in the registry (Fields.TEXT); these constants are the same names as
    // compile-time constants (switch labels, annotations), checked against the registry when the class loads.
    public static final String TITLE = "title";
    public static final String SAPO = "sapo";
    public static final String BODY = "body";
    public static final String CAPTIONS = "captions";
    public static final String AUTHOR = "author";
    public static final String CATEGORY = "category";
    public static final String TAG = "tag";
    public static final String PLACE = "place";
    public static final String NAME = "name";
    public static final String YEAR = "year";
    public static final String MONTH = "month";
    public static final String PUBLISHED = "published";
    public static final String UPDATED = "updated";
    public static final String FETCHED = "fetched";
    public static final String CAPTURE = "capture";
    public static final String SIMHASH = "simhash";
    public static final String SIMHASH_BAND = "simhash.band";
    /** Doc values: a 64-bit hash of the title as compared for copies ({@link #titleHash}). */
    public static final String TITLE_HASH = "title.hash";
    public static final String SOURCE = "_source";

    /**
     * Version of what the analysis makes of text, stored with each commit ({@link ArticleIndex#ANALYSIS_VERSION}).
     * Raise it whenever indexed terms change for the same text, so that older indexes ask for a reindex.
     * 2: four-syllable lexicon keys no longer collide with three-syllable ones (2026-11-26).
     * 3: a title hash for folding same-title copies ({@link #TITLE_HASH}) (2026-12-04).
     * 4: the catch-all matching field ({@link Fields#CATCH_ALL}) (2026-12-04, seventh session).
     * 5: a place name that goes on as a longer name is not the place ("Vũ Quang Khải") (2026-12-05, thirteenth
     *    session).
     * 6: sentences are {@link vn.khotin.analysis.VietnameseTokenizer#SENTENCE_GAP} positions apart, so phrases do
     *    not join them ("Hoa Kỳ. Ảnh" is not "Kỳ Anh") (2026-12-05, fourteenth session).
     * 7: the gazetteer's communes, wards and townships from the shared corpus ("xã Thạch Khê") and Cửa Sót are places;
     *    the "xã" of "thị xã" begins no commune ("thị xã Sơn Tây" is in Hà Nội); a family name opening a sentence
     *    begins a person's name ("Lê Đức Thọ" is not the district) (2026-12-06, eighteenth session).
     * 8: the word fields pair the syllables on either side of a soft break ("Bắc - Nam": {@code bắc~nam}), so that the
     *    search reads a word it requires whole from them ({@link #SOFT_BREAK_PAIRS_SINCE}) (2026-12-07, twenty-ninth
     *    session).
     * 9: a bare place name is a person's after a form of address, before an age or an agency's mark ("anh Vũ Quang
     *    (43 tuổi)", "Đức Thọ (TTXVN)"); a commune followed in its address by another province is not Hà Tĩnh's ("xã
     *    Nghi Xuân, huyện Nghi Lộc, tỉnh Nghệ An") (2026-12-08, thirty-fifth session).
     */
    public static final String ANALYSIS_VERSION = "9";

    /**
     * What a reindex brings an index analyzed with version {@code from}, for the user (Vietnamese, the changes since
     * that version joined by "; "); empty when it is current or unknown.
     */
    public static String reindexGains(String from) {
        int v;
        try {
            v = Integer.parseInt(from);
        } catch (NumberFormatException e) {
            return "";
        }
        List<String> gains = new java.util.ArrayList<>();
        if (v < 3) {
            gains.add("gộp các bản đăng lại cùng tiêu đề");
        }
        if (v < 4) {
            gains.add("tìm nhanh hơn chừng một phần ba");
        }
        if (v < 5) {
            gains.add("địa danh không còn gắn cho tên người (Vũ Quang Khải)");
        }
        if (v < 6) {
            gains.add("cụm từ và từ gõ không dấu không khớp qua dấu chấm câu (ky anh ≠ \"Hoa Kỳ. Ảnh\")");
        }
        if (v < 7) {
            gains.add("thêm 80 xã, phường, thị trấn và Cửa Sót vào địa danh (xã Thạch Khê, xã Cổ Đạm, xã Lộc Yên…), "
                    + "tên người không còn bị gắn địa danh (Lê Đức Thọ)");
        }
        if (v < 8) {
            gains.add("tên và từ phải có đủ (\"Hải Vân\") không còn khớp qua dấu phẩy hay dấu ngoặc (\"Đông Hải, Vân Đồn\"), "
                    + "tìm các tên ấy nhanh hơn");
        }
        if (v < 9) {
            gains.add("tên người không còn bị gắn địa danh (anh Vũ Quang (43 tuổi), Đức Thọ (TTXVN)), xã phường ở tỉnh "
                    + "khác không còn bị gắn cho Hà Tĩnh (xã Nghi Xuân, huyện Nghi Lộc, tỉnh Nghệ An)");
        }
        return String.join("; ", gains);
    }

    /** The first analysis version whose articles all have the catch-all matching field. */
    public static final int CATCH_ALL_SINCE = 4;
    /**
     * The analysis version from which the word fields pair syllables across a soft break ("Bắc - Nam", "“bầu” Kiên"), like a phrase
     * of the syllable fields, within a clause: from then on the search may require a word whole with the word fields'
     * pair terms instead of a phrase (an older index keeps phrases, so "cao tốc Bắc Nam" still finds "Bắc - Nam").
     */
    public static final int SOFT_BREAK_PAIRS_SINCE = 8;

    /** The text fields searched by default, in the order of their weight ({@link Fields#TEXT}). */
    public static final List<String> TEXT_FIELDS = Fields.TEXT_NAMES;

    static {
        for (String name : List.of(TITLE, SAPO, BODY, CAPTIONS)) {
            if (Fields.text(name).isEmpty()) {
                throw new IllegalStateException("the text field " + name + " is not in the registry (Fields.TEXT)");
            }
        }
    }
    /** The keyword fields with facets ({@link Fields#FACETS}, where they are declared). */
    public static final List<String> FACET_FIELDS = Fields.FACET_NAMES;

    /** Articles with less sapo+body text than this get no SimHash. */
    public static final int MIN_DUPLICATE_TEXT = 200;

    private ArticleSchema() {}

    /**
     * The analysis roles a base text field is indexed with, as the registry declares them ({@link Fields#TEXT});
     * an unknown field is an error.
     */
    public static List<Role> roles(String baseField) {
        Fields.TextFieldSpec spec = Fields.text(baseField)
                .orElseThrow(() -> new IllegalArgumentException("not a text field: " + baseField));
        return spec.roles().stream().map(ArticleSchema::role).toList();
    }

    /** The analysis role of a registry role. */
    public static Role role(Fields.TextRole role) {
        return DocumentFields.role(role);
    }

    /**
     * The document for one article.
     *
     * @param gazetteer where places, names and the SimHash's features come from
     * @param analysis the analysis each text is tokenized with ({@code TextAnalysis#vietnamese}), once for the
     *     exact and folded fields and the catch-all field
     */
    public static Document toDocument(IndexedArticle indexed, Gazetteer gazetteer, VietnameseAnalysis analysis) {
        Article a = indexed.article();
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(a.id()), Field.Store.YES));
        doc.add(new NumericDocValuesField(ID, a.id()));
        doc.add(new StringField(URL, a.url(), Field.Store.YES));
        String body = a.bodyText();
        String captions = captionsText(a);
        DocumentFields.addTexts(doc, analysis, field -> switch (field) {
            case BODY -> body;
            case CAPTIONS -> captions;
            default -> textValue(field, a);
        });
        ArticleFeatures features = ArticleFeatures.of(a.title(), a.sapo() + "\n" + body, captions, gazetteer);
        DocumentFields.addKeywords(doc, field -> facetValues(field, a, features));
        for (String name : features.names()) {
            doc.add(new StringField(NAME, name, Field.Store.YES));
        }
        DocumentFields.addDate(doc, PUBLISHED, a.published(), true);
        DocumentFields.addDate(doc, UPDATED, a.updated(), false);
        addDuplicateKeys(doc, a, body, features);
        addCapture(doc, indexed);
        doc.add(new StoredField(SOURCE, ArticleJson.write(a)));
        return doc;
    }

    private static void addDuplicateKeys(Document doc, Article a, String body, ArticleFeatures features) {
        if (!a.title().isBlank()) {
            doc.add(new NumericDocValuesField(TITLE_HASH, titleHash(a.title())));
        }
        // Too little text makes every short item look alike; such articles take no part in duplicate detection.
        if (a.sapo().length() + body.length() >= MIN_DUPLICATE_TEXT) {
            long simhash = features.simhash();
            doc.add(new NumericDocValuesField(SIMHASH, simhash));
            for (String band : simhashBands(simhash)) {
                doc.add(new StringField(SIMHASH_BAND, band, Field.Store.NO));
            }
        }
    }

    /** Where the raw capture is archived and when it was fetched, when the crawl recorded them. */
    private static void addCapture(Document doc, IndexedArticle indexed) {
        if (indexed.capture() != null) {
            doc.add(new StoredField(CAPTURE, indexed.capture().toString()));
        }
        if (indexed.fetched() != null) {
            long millis = indexed.fetched().toEpochMilli();
            doc.add(new StoredField(FETCHED, millis));
            doc.add(new NumericDocValuesField(FETCHED, millis));
        }
    }

    /**
     * The values of one facet field ({@link Fields#FACETS}) for an article, in order; each becomes a term, doc
     * values and a stored value. A field declared in the registry without a case here fails every indexing.
     */
    public static Collection<String> facetValues(String field, Article a, ArticleFeatures features) {
        // year and month in Vietnam time, as the newsroom dates articles
        return switch (field) {
            case CATEGORY -> a.category().isEmpty() ? List.of() : List.of(a.category());
            case YEAR -> a.published() == null ? List.of()
                    : List.of(Integer.toString(a.published().atZoneSameInstant(VietnamTime.ZONE).getYear()));
            case MONTH -> {
                if (a.published() == null) {
                    yield List.of();
                }
                ZonedDateTime local = a.published().atZoneSameInstant(VietnamTime.ZONE);
                yield List.of(String.format("%04d-%02d", local.getYear(), local.getMonthValue()));
            }
            case AUTHOR -> authors(a.author());
            case PLACE -> features.places();
            case TAG -> new LinkedHashSet<>(a.tags()).stream().filter(t -> !t.isBlank()).map(String::strip).toList();
            default -> throw new IllegalStateException("no values for the facet field " + field);
        };
    }

    /**
     * The text of one text field ({@link Fields#TEXT}) for an article, as indexed and highlighted. A field
     * declared in the registry without a case here fails every indexing.
     */
    public static String textValue(String field, Article a) {
        return switch (field) {
            case TITLE -> a.title();
            case SAPO -> a.sapo();
            case BODY -> a.bodyText();
            case CAPTIONS -> captionsText(a);
            default -> throw new IllegalStateException("no text for the text field " + field);
        };
    }

    /** The captions' texts as one text, one caption per line. */
    public static String captionsText(Article a) {
        List<String> lines = new ArrayList<>();
        for (Article.Caption c : a.captions()) {
            if (!c.text().isBlank()) {
                lines.add(c.text());
            }
        }
        return String.join("\n", lines);
    }

    /** Authors of a byline: "Lê Tuấn - Thành Chung" is two authors; "Nhóm P.V" one. */
    public static Set<String> authors(String byline) {
        Set<String> out = new LinkedHashSet<>();
        if (byline == null) {
            return out;
        }
        for (String part : byline.split("\\s+[-–]\\s+|,|;|\\s+và\\s+")) {
            String s = part.strip();
            if (!s.isEmpty() && s.length() <= 60) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * A 64-bit hash of a title as compared for copies: NFC, lower case, without diacritics, letters and digits
     * only ("Hà Tĩnh: mưa lũ" and "HA TINH - MUA LU" are the same title); never 0.
     */
    public static long titleHash(String title) {
        return DuplicateKeys.titleHash(title);
    }

    /** The widest SimHash band, in bits: every band value is below {@code 1 << MAX_BAND_BITS}. */
    public static final int MAX_BAND_BITS = DuplicateKeys.MAX_BAND_BITS;

    /** The SimHash bands as terms: two hashes differing in at most 5 bits share at least one band. */
    public static List<String> simhashBands(long simhash) {
        return DuplicateKeys.simhashBands(simhash);
    }

    /** The bits of SimHash band {@code band} (as numbered by {@link #simhashBandValues}). */
    public static long simhashBandMask(int band) {
        return DuplicateKeys.simhashBandMask(band);
    }

    /** The value of each SimHash band (what {@link #simhashBands} writes as terms), lowest bits first. */
    public static int[] simhashBandValues(long simhash) {
        return DuplicateKeys.simhashBandValues(simhash);
    }
}
