/**
 * The JSON the server answers with: one immutable record per response body ({@link vn.khotin.web.api.ApiBody})
 * and the records nested in them. These records are the API's shape: a component's name is a JSON field name,
 * the component order is the field order, every time is already an ISO 8601 string and every enum a string, and
 * a field that is sometimes left out says so with {@code @JsonInclude(NON_NULL)}. They use no other package of
 * ours (ArchitectureTest), so the stored article ({@code vn.khotin.model.Article}) and the search records can
 * change without the API changing; {@code web.ApiResponses} maps those records to these, and is the only writer
 * of JSON bodies. {@code openapi.json} documents exactly these records ({@code OpenApiDocumentTest}).
 */
package vn.khotin.web.api;
