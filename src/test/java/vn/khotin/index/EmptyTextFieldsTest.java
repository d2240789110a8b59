package vn.khotin.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;
import vn.khotin.analysis.VietnameseAnalysis.Role;
import vn.khotin.model.Article;
import vn.khotin.model.ExtractionMethod;
import vn.khotin.model.Fields;

/**
 * An article without a sapo (or captions) has every text field all the same, indexed empty: every document then has
 * a norm, which Lucene reads straight by document instead of through a sparse index, while the ranking of the
 * articles that do have the text stays exactly as it was.
 */
class EmptyTextFieldsTest {

    @Test
    void everyTextFieldHasANormForEveryArticle() throws IOException {
        try (Directory dir = index(withSapo(1, "Mưa lũ ở Kỳ Anh"), withSapo(2, ""), withSapo(3, "Mưa lớn"))) {
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                LeafReader leaf = reader.leaves().get(0).reader();
                for (Fields.TextFieldSpec spec : Fields.TEXT) {
                    for (Fields.TextRole r : spec.roles()) {
                        String field = ArticleSchema.role(r).field(spec.name());
                        assertThat(normCount(leaf, field)).as(field).isEqualTo(3);
                    }
                }
                // the empty field adds no term and is not counted among the field's articles
                Terms sapo = leaf.terms(Role.EXACT.field("sapo"));
                assertThat(sapo.getDocCount()).isEqualTo(2);
                assertThat(sapo.getSumTotalTermFreq()).isEqualTo(sapoTermCount(withSapo(1, "Mưa lũ ở Kỳ Anh"),
                        withSapo(3, "Mưa lớn")));
                assertThat(leaf.terms("captions")).isNull();
            }
        }
    }

    @Test
    void anEmptySapoChangesNoScoreOfTheOthers() throws IOException {
        float[] without = sapoScores(index(withSapo(1, "Mưa lũ ở Kỳ Anh"), withSapo(3, "Mưa lớn")));
        float[] with = sapoScores(index(withSapo(1, "Mưa lũ ở Kỳ Anh"), withSapo(2, ""), withSapo(3, "Mưa lớn")));
        assertThat(with).containsExactly(without);
    }

    private static float[] sapoScores(Directory dir) throws IOException {
        try (dir; DirectoryReader reader = DirectoryReader.open(dir)) {
            TopDocs top = new IndexSearcher(reader).search(new TermQuery(new Term("sapo", "mưa")), 10);
            float[] out = new float[top.scoreDocs.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = top.scoreDocs[i].score;
            }
            return out;
        }
    }

    private static long sapoTermCount(Article... articles) throws IOException {
        try (Directory dir = index(articles); DirectoryReader reader = DirectoryReader.open(dir)) {
            return reader.leaves().get(0).reader().terms(Role.EXACT.field("sapo")).getSumTotalTermFreq();
        }
    }

    private static int normCount(LeafReader leaf, String field) throws IOException {
        NumericDocValues norms = leaf.getNormValues(field);
        int n = 0;
        while (norms != null && norms.nextDoc() != NumericDocValues.NO_MORE_DOCS) {
            n++;
        }
        return n;
    }

    private static Directory index(Article... articles) throws IOException {
        Directory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(TextAnalysis.get().indexAnalyzer()))) {
            for (Article a : articles) {
                w.addDocument(ArticleSchema.toDocument(new IndexedArticle(a, null, null), Gazetteer.get(),
                        TextAnalysis.get().vietnamese()));
            }
        }
        return dir;
    }

    private static Article withSapo(long id, String sapo) {
        return new Article(id, "https://baohatinh.vn/x-post" + id + ".html", "Bài số " + id, sapo, "",
                List.of("Nội dung bài " + id + "."), List.of(), "PV",
                OffsetDateTime.of(2024, 1, 2, 3, 4, 0, 0, ZoneOffset.ofHours(7)), null, "Xã hội", List.of(),
                List.of(), List.of(), List.of(), ExtractionMethod.PROFILE);
    }
}
