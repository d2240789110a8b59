package vn.khotin.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.khotin.model.Fields;
import vn.khotin.model.Fields.FieldSpec;

/**
 * The API's OpenAPI document: openapi.json as written by hand, completed from the facet registry
 * ({@link Fields}), so that a facet field added there is documented without editing the file: each facet field is
 * a query parameter of every operation that takes filters (one that takes any facet field), described in general
 * terms unless openapi.json describes it, and the {@code facets} parameter lists the registry's names.
 */
final class OpenApiDocument {

    private static final String PARAMETERS = "#/components/parameters/";

    private OpenApiDocument() {}

    /** The document for the registry's facet fields, as JSON bytes. */
    static byte[] build(ObjectMapper mapper) throws IOException {
        return build(mapper, Fields.FACETS);
    }

    /** The document for these facet fields, as JSON bytes. */
    static byte[] build(ObjectMapper mapper, List<FieldSpec> facets) throws IOException {
        ObjectNode doc;
        try (InputStream in = OpenApiDocument.class.getResourceAsStream("openapi.json")) {
            doc = (ObjectNode) mapper.readTree(in);
        }
        ObjectNode parameters = (ObjectNode) doc.path("components").path("parameters");
        for (FieldSpec f : facets) {
            if (!parameters.has(f.name())) {
                parameters.set(f.name(), filterParameter(mapper, f));
            }
        }
        String names = String.join(", ", facets.stream().map(FieldSpec::name).toList());
        for (JsonNode path : doc.path("paths")) {
            for (JsonNode operation : path) {
                if (operation.get("parameters") instanceof ArrayNode list) {
                    complete(mapper, list, facets, names);
                }
            }
        }
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(doc);
    }

    private static void complete(ObjectMapper mapper, ArrayNode list, List<FieldSpec> facets, String names) {
        Set<String> refs = new HashSet<>();
        list.forEach(p -> refs.add(p.path("$ref").asText()));
        if (facets.stream().anyMatch(f -> refs.contains(PARAMETERS + f.name()))) {
            for (FieldSpec f : facets) {
                if (!refs.contains(PARAMETERS + f.name())) {
                    list.add(mapper.createObjectNode().put("$ref", PARAMETERS + f.name()));
                }
            }
        }
        for (JsonNode p : list) {
            if ("facets".equals(p.path("name").asText())) {
                ((ObjectNode) p).put("description",
                        "Đếm theo trường: danh sách cách nhau bởi dấu phẩy (" + names + ") hoặc all.");
            }
        }
    }

    private static ObjectNode filterParameter(ObjectMapper mapper, FieldSpec f) {
        ObjectNode p = mapper.createObjectNode();
        p.put("name", f.name());
        p.put("in", "query");
        p.put("description", "Lọc theo " + f.lowerLabel() + " (lặp lại được).");
        ObjectNode schema = p.putObject("schema");
        schema.put("type", "array");
        schema.putObject("items").put("type", "string");
        p.put("explode", true);
        return p;
    }
}
