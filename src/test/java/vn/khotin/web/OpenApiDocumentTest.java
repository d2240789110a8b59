package vn.khotin.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.khotin.model.Fields;
import vn.khotin.model.Fields.FieldSpec;

class OpenApiDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theFieldsOpenapiJsonDescribesAreServedAsWritten() throws Exception {
        JsonNode written;
        try (InputStream in = OpenApiDocument.class.getResourceAsStream("openapi.json")) {
            written = JSON.readTree(in);
        }
        List<FieldSpec> described = Fields.FACETS.stream()
                .filter(f -> written.at("/components/parameters").has(f.name())).toList();
        assertThat(described).extracting(FieldSpec::name).contains("category", "year", "month", "author", "place", "tag");
        assertThat(JSON.readTree(OpenApiDocument.build(JSON, described))).isEqualTo(written);
    }

    @Test
    void aFacetFieldDeclaredOnlyInTheRegistryIsDocumented() throws Exception {
        List<FieldSpec> facets = new ArrayList<>(Fields.FACETS);
        facets.add(new FieldSpec("desk", "Ban biên tập", List.of(), false, -1));
        JsonNode doc = JSON.readTree(OpenApiDocument.build(JSON, facets));

        JsonNode parameter = doc.at("/components/parameters/desk");
        assertThat(parameter.path("in").asText()).isEqualTo("query");
        assertThat(parameter.path("description").asText()).isEqualTo("Lọc theo ban biên tập (lặp lại được).");
        for (String path : List.of("/api/v1/search", "/api/v1/export", "/api/v1/feed")) {
            assertThat(doc.path("paths").path(path).path("get").path("parameters").findValuesAsText("$ref"))
                    .as(path).contains("#/components/parameters/desk");
        }
        assertThat(doc.path("paths").path("/api/v1/articles/{id}").toString()).doesNotContain("parameters/desk");
        assertThat(doc.at("/paths/~1api~1v1~1search/get/parameters").findParents("name").stream()
                .filter(p -> p.path("name").asText().equals("facets")).findFirst().orElseThrow()
                .path("description").asText()).endsWith(", desk) hoặc all.").contains(String.join(", ", Fields.FACET_NAMES) + ", desk");
    }
}
