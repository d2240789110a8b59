package vn.khotin.index;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import vn.khotin.analysis.IndexTokens;
import vn.khotin.analysis.VietnameseAnalysis;
import vn.khotin.analysis.VietnameseAnalysis.Role;
import vn.khotin.model.Fields;

/**
 * How each kind of field becomes Lucene fields, whatever its name: the text fields and the facet fields the registry
 * declares ({@link Fields#TEXT}, {@link Fields#FACETS}), and dates. Which values an article gives each field, and the
 * names of the fields the registry does not declare, are the schema's ({@link ArticleSchema#toDocument}).
 */
final class DocumentFields {

    private static final FieldType TEXT_OFFSETS = textType(true);
    private static final FieldType TEXT = textType(false);

    private DocumentFields() {}

    private static FieldType textType(boolean offsets) {
        FieldType t = new FieldType(TextField.TYPE_NOT_STORED);
        t.setIndexOptions(offsets ? IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS
                : IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        t.freeze();
        return t;
    }

    /** The analysis role of a registry role. */
    static Role role(Fields.TextRole role) {
        return switch (role) {
            case EXACT -> Role.EXACT;
            case FOLDED -> Role.FOLDED;
            case WORDS -> Role.WORDS;
            case WORDS_FOLDED -> Role.WORDS_FOLDED;
        };
    }

    /**
     * The fields of each text field ({@code textOf} a field's name; empty for none, indexed empty), and the
     * catch-all field over them ({@link CatchAllTerms}). Each text is tokenized once, for its exact and folded fields and the
     * catch-all field alike.
     */
    static void addTexts(Document doc, VietnameseAnalysis analysis, UnaryOperator<String> textOf) {
        Map<String, IndexTokens> texts = new LinkedHashMap<>();
        for (Fields.TextFieldSpec text : Fields.TEXT) {
            String value = textOf.apply(text.name());
            if (value.isEmpty()) {
                addEmptyText(doc, text);
            } else {
                IndexTokens tokens = analysis.indexTokens(value);
                addText(doc, text, value, tokens);
                texts.put(text.name(), tokens);
            }
        }
        CatchAllTerms.addFields(doc, texts);
    }

    /**
     * The text's fields, one per role: the exact and folded ones replay the text's one exact tokenization, the
     * word ones analyze the text. A stored field stores its text beside (a field indexed from a token stream
     * cannot store a value).
     */
    private static void addText(Document doc, Fields.TextFieldSpec spec, String text, IndexTokens tokens) {
        for (Fields.TextRole r : spec.roles()) {
            Role role = role(r);
            String name = role.field(spec.name());
            FieldType type = type(spec, role);
            doc.add(switch (role) {
                case EXACT -> new Field(name, tokens.exact(), type);
                case FOLDED -> new Field(name, tokens.folded(), type);
                default -> new Field(name, text, type);
            });
            if (role == Role.EXACT && spec.stored()) {
                doc.add(new StoredField(name, text));
            }
        }
    }

    /**
     * A text field an article has no text for, indexed empty: no term and no stored value, but a norm. Lucene reads
     * a field's norms straight by document when every document has one, and through a sparse index when some lack
     * it; 177 articles of 100,000 without a sapo made every sapo norm read of a search take that slower path. An
     * empty field changes no score: a field's statistics (documents with a term, total term count) count terms.
     */
    private static void addEmptyText(Document doc, Fields.TextFieldSpec spec) {
        for (Fields.TextRole r : spec.roles()) {
            doc.add(new Field(role(r).field(spec.name()), "", type(spec, role(r))));
        }
    }

    /** Offsets only where the highlighter reads them: the displayed field and its folded twin. */
    private static FieldType type(Fields.TextFieldSpec spec, Role role) {
        return spec.highlighted() && (role == Role.EXACT || role == Role.FOLDED) ? TEXT_OFFSETS : TEXT;
    }

    /**
     * The fields of each facet field's values ({@code valuesOf} a field's name), in order: a term, sorted-set doc
     * values and a stored value per value, and a folded text field where the facet is searchable.
     */
    static void addKeywords(Document doc, Function<String, Collection<String>> valuesOf) {
        for (Fields.FieldSpec facet : Fields.FACETS) {
            for (String value : valuesOf.apply(facet.name())) {
                addKeyword(doc, facet.name(), value, facet.searchable());
            }
        }
    }

    private static void addKeyword(Document doc, String field, String value, boolean text) {
        doc.add(new StringField(field, value, Field.Store.YES));
        doc.add(new SortedSetDocValuesField(field, new BytesRef(value)));
        if (text) {
            doc.add(new TextField(Role.FOLDED.field(field), value, Field.Store.NO));
        }
    }

    /**
     * A date (nothing when null) as epoch milliseconds: a point for ranges and a stored value, and doc values for
     * sorting when {@code sorted}.
     */
    static void addDate(Document doc, String field, OffsetDateTime date, boolean sorted) {
        if (date == null) {
            return;
        }
        long millis = date.toInstant().toEpochMilli();
        doc.add(new LongPoint(field, millis));
        if (sorted) {
            doc.add(new NumericDocValuesField(field, millis));
        }
        doc.add(new StoredField(field, millis));
    }
}
