package vn.khotin.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vn.khotin.model.Fields;
import vn.khotin.model.Fields.FieldSpec;
import vn.khotin.web.api.AdminResponse;
import vn.khotin.web.api.AnalyzeResponse;
import vn.khotin.web.api.ApiBody;
import vn.khotin.web.api.ArticleRelatedResponse;
import vn.khotin.web.api.ArticleResponse;
import vn.khotin.web.api.CrawlStatusResponse;
import vn.khotin.web.api.DraftRelatedResponse;
import vn.khotin.web.api.ErrorResponse;
import vn.khotin.web.api.HealthResponse;
import vn.khotin.web.api.SearchResponse;
import vn.khotin.web.api.SuggestResponse;

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

    /** The record each documented JSON answer is, by "METHOD path" of its operation. */
    private static final Map<String, Class<? extends ApiBody>> ANSWERS = Map.of(
            "get /api/v1/search", SearchResponse.class,
            "get /api/v1/articles/{id}", ArticleResponse.class,
            "get /api/v1/articles/{id}/related", ArticleRelatedResponse.class,
            "post /api/v1/related", DraftRelatedResponse.class,
            "get /api/v1/suggest", SuggestResponse.class,
            "get /api/v1/analyze", AnalyzeResponse.class,
            "get /api/v1/crawl", CrawlStatusResponse.class);
    /** Bodies outside the researchers' API, not in openapi.json: /health and /admin (operations). */
    private static final Set<Class<?>> UNDOCUMENTED = Set.of(HealthResponse.class, AdminResponse.class);

    /**
     * openapi.json is written by hand; the API's records are what the server writes. They agree: every documented
     * JSON answer is a record, with the same properties at every level (nested objects, array items, map values),
     * of the same JSON types, nullable only where Java can hold a null; and every record is documented.
     */
    @Test
    void theDocumentDescribesExactlyTheApiRecords() throws Exception {
        JsonNode doc = JSON.readTree(OpenApiDocument.build(JSON));
        ObjectMapper served = WebServer.jsonMapper();
        List<String> problems = new ArrayList<>();
        Map<String, Class<?>> seen = new LinkedHashMap<>();
        doc.path("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            String key = op.getKey() + " " + path.getKey();
            JsonNode content = op.getValue().at("/responses/200/content");
            JsonNode schema = content.path("application/json").path("schema");
            if (!schema.isMissingNode()) {
                Class<?> record = ANSWERS.get(key);
                if (record == null) {
                    problems.add(key + ": a JSON answer without a record in ANSWERS");
                } else {
                    seen.put(key, record);
                    compare(doc, served, schema, served.constructType(record), key, problems);
                }
            }
            op.getValue().path("responses").properties().forEach(r -> {
                JsonNode error = resolve(doc, r.getValue()).at("/content/application~1json/schema");
                if (!r.getKey().equals("200") && !error.isMissingNode()) {
                    compare(doc, served, error, served.constructType(ErrorResponse.class), key + " " + r.getKey(),
                            problems);
                }
            });
        }));
        assertThat(problems).isEmpty();
        assertThat(seen).as("every operation in ANSWERS is documented").containsOnlyKeys(ANSWERS.keySet());
        Set<Class<?>> documented = new java.util.HashSet<>(ANSWERS.values());
        documented.add(ErrorResponse.class);
        documented.addAll(UNDOCUMENTED);
        assertThat(documented).as("every body the server writes is documented (or knowingly not)")
                .containsExactlyInAnyOrder(ApiBody.class.getPermittedSubclasses());
    }

    /** The export's rows are not a record but a choice of {@link ExportWriter#FIELDS}: the same names. */
    @Test
    void theExportRowDescribesTheExportFields() throws Exception {
        JsonNode doc = JSON.readTree(OpenApiDocument.build(JSON));
        List<String> documented = new ArrayList<>();
        doc.at("/components/schemas/ExportRow/properties").fieldNames().forEachRemaining(documented::add);
        assertThat(documented).containsExactlyElementsOf(ExportWriter.FIELDS);
        assertThat(doc.at("/paths/~1api~1v1~1export/get/parameters").findParents("name").stream()
                .filter(p -> p.path("name").asText().equals("fields")).findFirst().orElseThrow()
                .path("description").asText()).contains(String.join(", ", ExportWriter.FIELDS));
    }

    /** The export reads exactly the parameters its operation documents; any other is a 400 that names it. */
    @Test
    void theExportReadsTheParametersItDocuments() throws Exception {
        JsonNode doc = JSON.readTree(OpenApiDocument.build(JSON));
        Set<String> documented = new TreeSet<>();
        doc.at("/paths/~1api~1v1~1export/get/parameters")
                .forEach(p -> documented.add(resolve(doc, p).path("name").asText()));
        Set<String> read = new TreeSet<>(UnknownParameters.EXPORT);
        read.addAll(SearchParams.FILTER_FIELDS);
        assertThat(documented).isEqualTo(read);
    }

    private static void compare(JsonNode doc, ObjectMapper mapper, JsonNode schemaOrRef, JavaType type, String where,
            List<String> problems) {
        JsonNode schema = resolve(doc, schemaOrRef);
        Set<String> types = new TreeSet<>();
        JsonNode t = schema.path("type");
        if (t.isArray()) {
            t.forEach(n -> types.add(n.asText()));
        } else {
            types.add(t.asText());
        }
        if (types.remove("null") && type.isPrimitive()) {
            problems.add(where + ": documented nullable, but " + type.getRawClass() + " cannot be null");
        }
        String json = jsonType(type);
        if (!types.equals(Set.of(json))) {
            problems.add(where + ": documented " + types + ", written as " + json + " (" + type + ")");
            return;
        }
        if (json.equals("array")) {
            compare(doc, mapper, schema.path("items"), type.getContentType(), where + "[]", problems);
        } else if (json.equals("object") && type.isMapLikeType()) {
            compare(doc, mapper, schema.path("additionalProperties"), type.getContentType(), where + ".*", problems);
        } else if (json.equals("object")) {
            Map<String, JavaType> written = new LinkedHashMap<>();
            for (BeanPropertyDefinition p : mapper.getSerializationConfig().introspect(type).findProperties()) {
                written.put(p.getName(), p.getPrimaryType());
            }
            Set<String> described = new TreeSet<>();
            schema.path("properties").fieldNames().forEachRemaining(described::add);
            if (!described.equals(new TreeSet<>(written.keySet()))) {
                problems.add(where + ": documented " + described + ", written " + new TreeSet<>(written.keySet()));
            }
            schema.path("required").forEach(r -> {
                if (!written.containsKey(r.asText())) {
                    problems.add(where + ": requires " + r.asText() + ", which is not written");
                }
            });
            written.forEach((name, propertyType) -> {
                if (schema.path("properties").has(name)) {
                    compare(doc, mapper, schema.path("properties").path(name), propertyType, where + "." + name,
                            problems);
                }
            });
        }
    }

    /** A "$ref": "#/components/..." followed to what it names. */
    private static JsonNode resolve(JsonNode doc, JsonNode node) {
        String ref = node.path("$ref").asText("");
        return ref.startsWith("#/") ? resolve(doc, doc.at(ref.substring(1))) : node;
    }

    private static String jsonType(JavaType type) {
        Class<?> raw = type.getRawClass();
        if (type.isCollectionLikeType() || type.isArrayType()) {
            return "array";
        } else if (type.isMapLikeType() || raw.isRecord()) {
            return "object";
        } else if (raw == String.class || raw.isEnum()) {
            return "string";
        } else if (raw == boolean.class || raw == Boolean.class) {
            return "boolean";
        } else if (Arrays.asList(int.class, long.class, Integer.class, Long.class).contains(raw)) {
            return "integer";
        } else if (Arrays.asList(float.class, double.class, Float.class, Double.class).contains(raw)) {
            return "number";
        }
        throw new AssertionError("no JSON type for " + type);
    }
}
