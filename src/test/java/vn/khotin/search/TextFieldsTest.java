package vn.khotin.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import vn.khotin.analysis.VietnameseAnalysis.Role;
import vn.khotin.analysis.VietnameseText;
import vn.khotin.index.ArticleSchema;
import vn.khotin.index.IndexedArticle;
import vn.khotin.index.Gazetteer;
import vn.khotin.index.TextAnalysis;
import vn.khotin.model.Article;
import vn.khotin.model.ExtractionMethod;
import vn.khotin.model.Fields;
import vn.khotin.model.Fields.TextFieldSpec;
import vn.khotin.model.Fields.TextRole;
import vn.khotin.search.ParsedQuery.Clause;
import vn.khotin.search.ParsedQuery.Target;

/**
 * The text-field registry ({@link Fields#TEXT}) is what the index, the ranking and the query language use: every
 * text field is indexed with exactly its declared roles, the compiler weighs it as declared, and the query
 * language accepts each of its names.
 */
class TextFieldsTest {

    private static final Article ARTICLE = new Article(7, "https://baohatinh.vn/x-post7.html", "Lũ ở Kỳ Anh",
            "Mưa lớn ở thị xã Kỳ Anh.", "Baohatinh.vn", List.of("Nước sông Trí dâng cao ở thị xã Kỳ Anh."),
            List.of(new Article.Caption("Nước dâng ở Kỳ Anh", "", "https://baohatinh.vn/a.jpg")), "Lê Tuấn",
            OffsetDateTime.of(2024, 12, 31, 23, 0, 0, 0, ZoneOffset.UTC), null, "Xã hội", List.of(),
            List.of("mưa lũ"), List.of(), List.of(), ExtractionMethod.PROFILE);

    @Test
    void everyTextFieldIsIndexedWithExactlyItsDeclaredRoles() throws Exception {
        Document doc = ArticleSchema.toDocument(new IndexedArticle(ARTICLE, null, null), Gazetteer.get(), TextAnalysis.get().vietnamese());
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(TextAnalysis.get().indexAnalyzer()))) {
                w.addDocument(doc);
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                FieldInfos infos = FieldInfos.getMergedFieldInfos(reader);
                for (TextFieldSpec spec : Fields.TEXT) {
                    assertThat(ArticleSchema.textValue(spec.name(), ARTICLE)).as(spec.name()).isNotEmpty();
                    for (TextRole r : TextRole.values()) {
                        String name = ArticleSchema.role(r).field(spec.name());
                        FieldInfo info = infos.fieldInfo(name);
                        if (!spec.has(r)) {
                            assertThat(info).as(name).isNull();
                            continue;
                        }
                        assertThat(info).as(name).isNotNull();
                        boolean offsets = spec.highlighted() && (r == TextRole.EXACT || r == TextRole.FOLDED);
                        assertThat(info.getIndexOptions()).as(name).isEqualTo(offsets
                                ? IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS
                                : IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
                        boolean stored = spec.stored() && r == TextRole.EXACT;
                        assertThat(java.util.Arrays.stream(doc.getFields(name)).anyMatch(f -> f.fieldType().stored()))
                                .as(name + " stored").isEqualTo(stored);
                        assertThat(reader.storedFields().document(0).get(name)).as(name + " stored value")
                                .isEqualTo(stored ? ArticleSchema.textValue(spec.name(), ARTICLE) : null);
                    }
                    assertThat(ArticleSchema.roles(spec.name())).extracting(Role::name)
                            .containsExactlyElementsOf(spec.roles().stream().map(TextRole::name).toList());
                }
            }
        }
        assertThat(ArticleSchema.TEXT_FIELDS).containsExactly(ArticleSchema.TITLE, ArticleSchema.SAPO,
                ArticleSchema.BODY, ArticleSchema.CAPTIONS);
    }

    @Test
    void theCompilerWeighsEachTextFieldAsTheRegistryDeclares() {
        Map<String, Float> declared = new LinkedHashMap<>();
        Fields.TEXT.forEach(f -> declared.put(f.name(), f.weight()));
        assertThat(UnitQueries.WEIGHTS).containsExactlyEntriesOf(declared);
        // The tuned values themselves: changing one is a ranking change, to be measured (khotin eval search).
        Map<String, Float> tuned = new LinkedHashMap<>();
        tuned.put("title", 4f);
        tuned.put("sapo", 2f);
        tuned.put("body", 1f);
        tuned.put("captions", 0.5f);
        assertThat(UnitQueries.WEIGHTS).containsExactlyEntriesOf(tuned);
        assertThat(UnitQueries.TEXT_BASES).containsExactly("title", "sapo", "body");
    }

    @Test
    void theQueryLanguageAcceptsEveryNameOfASearchableTextField() {
        for (TextFieldSpec spec : Fields.TEXT) {
            List<String> names = new java.util.ArrayList<>(spec.aliases());
            if (spec.searchable()) {
                names.add(spec.name());
                spec.aliases().forEach(a -> names.add(VietnameseText.fold(a)));
                spec.aliases().forEach(a -> names.add(a.toUpperCase(Locale.ROOT)));
            }
            for (String name : names) {
                ParsedQuery p = QueryLanguage.parse(name + ":OCOP lũ");
                assertThat(p.groups()).as(name).hasSize(2);
                assertThat(p.groups().get(0)).as(name)
                        .containsExactly(new Clause(Target.TEXT_FIELD, spec.name(), "OCOP", false, 0));
            }
        }
        assertThat(QueryLanguage.parse("tiêu đề:\"mưa lũ\"").groups().get(0))
                .containsExactly(new Clause(Target.TEXT_FIELD, "title", "mưa lũ", true, 0));
    }
}
