package vn.khotin.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.lucene.document.Document;
import org.junit.jupiter.api.Test;
import vn.khotin.model.Article;
import vn.khotin.model.ExtractionMethod;
import vn.khotin.model.Fields;

/** The facet registry and the schema agree: every declared field gets its values in each document. */
class FacetFieldsTest {

    private static final Article ARTICLE = new Article(7, "https://baohatinh.vn/x-post7.html", "Lũ ở Kỳ Anh",
            "Mưa lớn ở thị xã Kỳ Anh.", "Baohatinh.vn", List.of("Nước sông Trí dâng cao ở thị xã Kỳ Anh."), List.of(),
            "Lê Tuấn - Thành Chung", OffsetDateTime.of(2024, 12, 31, 23, 0, 0, 0, ZoneOffset.UTC), null, "Xã hội",
            List.of(), List.of("mưa lũ", " mưa lũ ", ""), List.of(), List.of(), ExtractionMethod.PROFILE);

    @Test
    void everyFacetFieldOfTheRegistryIsIndexed() {
        Document doc = ArticleSchema.toDocument(new IndexedArticle(ARTICLE, null, null), Gazetteer.get(), TextAnalysis.get().vietnamese());
        for (Fields.FieldSpec f : Fields.FACETS) {
            assertThat(doc.getValues(f.name())).as(f.name()).isNotEmpty();
            assertThat(doc.getField(f.name() + ".folded") != null).as(f.name() + ".folded").isEqualTo(f.searchable());
        }
        // Vietnam time: 23:00 UTC on 31 December is already the next year in Hà Tĩnh.
        assertThat(doc.getValues(ArticleSchema.YEAR)).containsExactly("2025");
        assertThat(doc.getValues(ArticleSchema.MONTH)).containsExactly("2025-01");
        assertThat(doc.getValues(ArticleSchema.AUTHOR)).containsExactly("Lê Tuấn", "Thành Chung");
        assertThat(doc.getValues(ArticleSchema.PLACE)).isNotEmpty();
    }

    @Test
    void aFieldWithoutValuesInTheSchemaFailsLoudly() {
        assertThatThrownBy(() -> ArticleSchema.facetValues("desk", ARTICLE, ArticleFeatures.of("", Gazetteer.get())))
                .hasMessageContaining("desk");
    }

    @Test
    void theSidebarAndTheApiKeepTheirOrder() {
        assertThat(Fields.sidebar()).extracting(Fields.FieldSpec::name)
                .startsWith("category", "year", "place", "tag", "author").doesNotContain("month");
        assertThat(Fields.FACET_NAMES).startsWith("category", "year", "month", "author", "place", "tag");
    }
}
