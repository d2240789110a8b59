package vn.khotin.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.khotin.analysis.VietnameseAnalysis.Role;

/** Relevance on a small known set: the behaviours the issue asks for, end to end through an index. */
class VietnameseQueryBuilderTest {

    static final VietnameseAnalysis V = VietnameseAnalysis.create();
    static IndexSearcher searcher;

    static final String[][] DOCS = {
        {"phrase", "Thành phố Hà Tĩnh ra quân làm sạch đường phố"},
        {"scattered", "Phố biển đón khách, thành tích của Hà Nội và Tĩnh Gia"},
        {"ha", "Bờ sông hà chảy qua làng"},
        {"hạ", "Mùa hạ nắng nóng kéo dài ở làng"},
        {"english", "the results of the election were an upset"},
        {"the-thao", "Giải thể thao phong trào của tỉnh"},
        {"dang-uy", "Đảng ủy xã Thạch Hà tổ chức hội nghị"},
        {"ubnd", "Ủy ban nhân dân tỉnh họp phiên thường kỳ"},
        {"old-style", "Hoà bình và thuỷ lợi cho nông thôn mới"},
    };

    @BeforeAll
    static void index() throws IOException {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(V.indexAnalyzer()))) {
            for (String[] d : DOCS) {
                Document doc = new Document();
                doc.add(new StringField("id", d[0], Field.Store.YES));
                for (Role r : Role.values()) {
                    doc.add(new TextField(r.field("body"), d[1], Field.Store.NO));
                }
                w.addDocument(doc);
            }
        }
        searcher = new IndexSearcher(DirectoryReader.open(dir));
    }

    static List<String> search(String q) throws IOException {
        List<String> ids = new ArrayList<>();
        for (ScoreDoc sd : searcher.search(new VietnameseQueryBuilder(V).build("body", q), 10).scoreDocs) {
            ids.add(searcher.storedFields().document(sd.doc).get("id"));
        }
        return ids;
    }

    @Test
    void phraseRanksAboveScatteredSyllables() throws IOException {
        assertThat(search("thành phố Hà Tĩnh")).startsWith("phrase").contains("scattered");
        assertThat(search("thanh pho ha tinh")).startsWith("phrase");
    }

    @Test
    void unaccentedQueriesFindAccentedText() throws IOException {
        assertThat(search("dang uy")).startsWith("dang-uy");
        assertThat(search("ha tinh")).contains("phrase");
    }

    @Test
    void accentedQueriesPreferExactDiacritics() throws IOException {
        assertThat(search("hà")).startsWith("ha");
        assertThat(search("hạ")).startsWith("hạ");
        List<String> theThao = search("thể thao");
        assertThat(theThao).startsWith("the-thao");
        // English "the" is only a weak folded fallback: below every article with the exact words
        assertThat(theThao.indexOf("english")).isNotZero();
        assertThat(search("the election")).startsWith("english");
    }

    @Test
    void abbreviationsToneStylesAndTelexMatch() throws IOException {
        assertThat(search("UBND tỉnh")).startsWith("ubnd");
        assertThat(search("hòa bình thủy lợi")).startsWith("old-style");
        assertThat(search("hoaf binhf")).startsWith("old-style");
    }
}
