package vn.khotin.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Counting very many matches from a sample: the total and the facet counts stay close to the truth and are marked
 * approximate; fewer matches are counted exactly, every match once.
 */
class SampledCountingTest {

    static final int DOCS = 60_000;
    static final String[] CATEGORIES = {"Thời sự", "Kinh tế", "Xã hội", "Thể thao", "Văn hóa"};
    static Directory dir;
    static DirectoryReader reader;
    static IndexSearcher searcher;

    @BeforeAll
    static void setUp() throws Exception {
        dir = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(new WhitespaceAnalyzer()).setMaxBufferedDocs(7_000)
                .setRAMBufferSizeMB(IndexWriterConfig.DISABLE_AUTO_FLUSH).setMergePolicy(NoMergePolicy.INSTANCE);
        try (IndexWriter w = new IndexWriter(dir, config)) {
            for (int i = 0; i < DOCS; i++) {
                Document d = new Document();
                // "common" in 3 of 5 documents, "rare" in 1 of 20; the category cycles independently of both
                if (i % 5 < 3) {
                    d.add(new StringField("word", "common", Field.Store.NO));
                }
                if (i % 20 == 7) {
                    d.add(new StringField("word", "rare", Field.Store.NO));
                }
                d.add(new SortedSetDocValuesField("category", new BytesRef(CATEGORIES[(i / 3) % CATEGORIES.length])));
                w.addDocument(d);
            }
        }
        reader = DirectoryReader.open(dir);
        searcher = new IndexSearcher(reader);
        searcher.setQueryCache(null);
    }

    @AfterAll
    static void tearDown() throws Exception {
        reader.close();
        dir.close();
    }

    @Test
    void theSampleAndTheRestTogetherAreEveryDocumentOnce() throws Exception {
        assertThat(reader.leaves()).hasSizeGreaterThan(1);
        int sample = searcher.count(SampledBlocks.sample());
        int rest = searcher.count(SampledBlocks.rest());
        assertThat(sample + rest).isEqualTo(DOCS);
        assertThat((long) sample).isEqualTo(SampledBlocks.sampledDocs(DOCS));
        assertThat(sample).isCloseTo(DOCS / SampledBlocks.STRIDE, within(SampledBlocks.BLOCK));
    }

    @Test
    void veryManyMatchesAreCountedFromTheSampleAndMarkedApproximate() throws Exception {
        FacetsAndTimeline.Tallied t = FacetsAndTimeline.tally(new FacetCounter(), searcher,
                new TermQuery(new Term("word", "common")), Set.of("category"));
        assertThat(t.approximate()).isTrue();
        long truth = DOCS * 3 / 5;
        assertThat(t.tally().total()).isCloseTo(truth, within(truth / 50));
        Map<String, Long> byCategory = t.tally().counts().get("category").asMap();
        Map<String, Long> exact = searcher.search(new TermQuery(new Term("word", "common")),
                new FacetCounter().counting(reader, Set.of("category"))).counts().get("category").asMap();
        assertThat(byCategory).hasSize(CATEGORIES.length);
        exact.forEach((value, n) -> assertThat(byCategory.get(value)).isCloseTo(n, within(n / 25)));
        assertThat(FacetsAndTimeline.threeSignificantDigits(36_049)).isEqualTo(36_000);
        assertThat(FacetsAndTimeline.threeSignificantDigits(123_456)).isEqualTo(123_000);
        assertThat(FacetsAndTimeline.threeSignificantDigits(999)).isEqualTo(999);
    }

    @Test
    void fewerMatchesAreCountedExactly() throws Exception {
        FacetsAndTimeline.Tallied t = FacetsAndTimeline.tally(new FacetCounter(), searcher,
                new TermQuery(new Term("word", "rare")), Set.of("category"));
        assertThat(t.approximate()).isFalse();
        assertThat(t.tally().total()).isEqualTo(DOCS / 20);
        long categoryTotal = t.tally().counts().get("category").asMap().values().stream().mapToLong(n -> n).sum();
        assertThat(categoryTotal).isEqualTo(DOCS / 20);
        assertThat(searcher.count(new MatchAllDocsQuery())).isEqualTo(DOCS);
    }
}
