package vn.khotin.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.khotin.model.Fields;
import vn.khotin.model.Fields.FieldSpec;

class OpenSearchMappingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode properties() throws Exception {
        try (InputStream in = OpenSearchMappingTest.class.getResourceAsStream(OpenSearchSync.DEFINITION)) {
            return (ObjectNode) JSON.readTree(in).at("/mappings/properties");
        }
    }

    @Test
    void theFieldsMappedByHandAreSentAsWritten() throws Exception {
        ObjectNode written = properties();
        List<FieldSpec> mapped = Fields.FACETS.stream().filter(f -> written.has(f.name())).toList();
        assertThat(mapped).extracting(FieldSpec::name).contains("category", "year", "month", "author", "place", "tag");
        ObjectNode completed = written.deepCopy();
        OpenSearchDocument.mapFacets(completed, Fields.FACETS);
        written.fieldNames().forEachRemaining(f -> assertThat(completed.get(f)).as(f).isEqualTo(written.get(f)));
        assertThat(completed.size()).isEqualTo(written.size() + Fields.FACETS.size() - mapped.size());
    }

    @Test
    void aFacetFieldDeclaredOnlyInTheRegistryIsMapped() throws Exception {
        List<FieldSpec> facets = new ArrayList<>(Fields.FACETS);
        facets.add(new FieldSpec("desk", "Ban biên tập", List.of("ban"), false, -1));
        facets.add(new FieldSpec("series", "Loạt bài", List.of(), true, -1));
        ObjectNode properties = properties();
        OpenSearchDocument.mapFacets(properties, facets);
        // a searchable field maps exactly as author does, the other as year does
        JsonNode desk = properties.get("desk");
        assertThat(desk).isEqualTo(properties.get("author"));
        assertThat(properties.get("series")).isEqualTo(properties.get("year"));
    }
}
