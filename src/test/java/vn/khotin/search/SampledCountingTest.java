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
import vn.khotin.index.ArticleSchema;
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
                // months interleaved, as articles imported in no particular date order
                d.add(new SortedSetDocValuesField(ArticleSchema.MONTH, new BytesRef(month(i % 30))));
                w.addDocument(d);
            }
        }
        reader = DirectoryReader.open(dir);
        searcher = new IndexSearcher(reader);
        searcher.setQueryCache(null);
    }

    static String month(int n) {
        return String.format("%04d-%02d", 2020 + n / 12, 1 + n % 12);
    }

    /** An archive numbered in date order, as a crawl adds it: each month a stretch of 2,000 documents. */
    static DirectoryReader dateOrdered(Directory d) throws Exception {
        try (IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
            for (int i = 0; i < DOCS; i++) {
                Document doc = new Document();
                if (i % 5 < 3) {
                    doc.add(new StringField("word", "common", Field.Store.NO));
                }
                doc.add(new SortedSetDocValuesField(ArticleSchema.MONTH, new BytesRef(month(i / 2000))));
                w.addDocument(doc);
            }
        }
        return DirectoryReader.open(d);
    }

    @AfterAll
    static void tearDown() throws Exception {
        reader.close();
        dir.close();
    }

    static long count(SampledBlocks.Part part, org.apache.lucene.search.Query query) throws Exception {
        FacetCounter.Tally t = new FacetCounter().counting(reader, Set.of()).newCollector();
        SampledBlocks.collect(searcher, SampledBlocks.countingWeight(searcher, query), part, t);
        return t.total();
    }

    @Test
    void aWordsRarityIsCountedExactlyWhenFewMatchAndFromTheSampleWhenMany() throws Exception {
        TermQuery common = new TermQuery(new Term("word", "common"));
        TermQuery rare = new TermQuery(new Term("word", "rare"));

        assertThat(SampledBlocks.count(searcher, rare, 4_096)).isEqualTo(DOCS / 20);
        assertThat(SampledBlocks.count(searcher, common, 100_000)).isEqualTo(DOCS * 3 / 5);
        assertThat((double) SampledBlocks.count(searcher, common, 4_096)).isCloseTo(DOCS * 3 / 5.0,
                within(DOCS * 3 / 5.0 * 0.05));
        assertThat((double) SampledBlocks.count(searcher, rare, 1_000)).isCloseTo(DOCS / 20.0,
                within(DOCS / 20.0 * 0.10));
    }

    @Test
    void theSampleAndTheRestTogetherAreEveryDocumentOnce() throws Exception {
        assertThat(reader.leaves()).hasSizeGreaterThan(1);
        long sample = count(SampledBlocks.Part.SAMPLE, new MatchAllDocsQuery());
        long rest = count(SampledBlocks.Part.REST, new MatchAllDocsQuery());
        assertThat(sample + rest).isEqualTo(DOCS);
        assertThat(sample).isEqualTo(SampledBlocks.sampledDocs(DOCS));
        assertThat(sample).isCloseTo(DOCS / SampledBlocks.STRIDE, within((long) SampledBlocks.BLOCK));
        TermQuery rare = new TermQuery(new Term("word", "rare"));
        assertThat(count(SampledBlocks.Part.SAMPLE, rare) + count(SampledBlocks.Part.REST, rare))
                .isEqualTo(count(SampledBlocks.Part.ALL, rare)).isEqualTo(DOCS / 20);
    }

    @Test
    void veryManyMatchesAreCountedFromTheSampleAndMarkedApproximate() throws Exception {
        FacetsAndTimeline.Tallied t = FacetsAndTimeline.tally(new FacetCounter(), searcher,
                new TermQuery(new Term("word", "common")), Set.of("category", ArticleSchema.MONTH));
        assertThat(t.approximate()).isTrue();
        long truth = DOCS * 3 / 5;
        assertThat(t.tally().total()).isCloseTo(truth, within(truth / 50));
        Map<String, Long> byCategory = t.tally().counts().get("category").asMap();
        Map<String, Long> byMonth = t.tally().counts().get(ArticleSchema.MONTH).asMap();
        // a month is i % 30, so "common" (i % 5 < 3) is in every article of 18 of the months
        assertThat(byMonth).hasSize(18);
        byMonth.values().forEach(n -> assertThat(n).isCloseTo(DOCS / 30L, within(DOCS / 30L / 10)));
        Map<String, Long> exact = searcher.search(new TermQuery(new Term("word", "common")),
                new FacetCounter().counting(reader, Set.of("category"))).counts().get("category").asMap();
        assertThat(byCategory).hasSize(CATEGORIES.length);
        exact.forEach((value, n) -> assertThat(byCategory.get(value)).isCloseTo(n, within(n / 25)));
        assertThat(FacetsAndTimeline.threeSignificantDigits(36_049)).isEqualTo(36_000);
        assertThat(FacetsAndTimeline.threeSignificantDigits(123_456)).isEqualTo(123_000);
        assertThat(FacetsAndTimeline.threeSignificantDigits(999)).isEqualTo(999);
    }

    @Test
    void monthsTheSampleMissesAreCountedExactly() throws Exception {
        try (Directory d = new ByteBuffersDirectory(); DirectoryReader ordered = dateOrdered(d)) {
            IndexSearcher s = new IndexSearcher(ordered);
            FacetsAndTimeline.Tallied t = FacetsAndTimeline.tally(new FacetCounter(), s,
                    new TermQuery(new Term("word", "common")), Set.of(ArticleSchema.MONTH));
            assertThat(t.approximate()).isFalse();
            assertThat(t.tally().total()).isEqualTo(DOCS * 3 / 5);
            assertThat(t.tally().counts().get(ArticleSchema.MONTH).asMap()).hasSize(30)
                    .allSatisfy((month, n) -> assertThat(n).isEqualTo(1200L));
            // without the months, the same matches are estimated from the sample
            assertThat(FacetsAndTimeline.tally(new FacetCounter(), s, new TermQuery(new Term("word", "common")),
                    Set.of()).approximate()).isTrue();
        }
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

    /** An archive imported file by file, each a run of one category and one place, of very different sizes. */
    static DirectoryReader groupedByCategory(Directory d) throws Exception {
        int[] runs = {3_000, 25_000, 2_500, 19_500, 10_000};
        try (IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
            int i = 0;
            for (int r = 0; r < runs.length; r++) {
                for (int k = 0; k < runs[r]; k++, i++) {
                    Document doc = new Document();
                    if (i % 5 < 3) {
                        doc.add(new StringField("word", "common", Field.Store.NO));
                    }
                    doc.add(new SortedSetDocValuesField(ArticleSchema.CATEGORY, new BytesRef(CATEGORIES[r])));
                    doc.add(new SortedSetDocValuesField(ArticleSchema.PLACE, new BytesRef("Nơi " + r)));
                    w.addDocument(doc);
                }
            }
        }
        return DirectoryReader.open(d);
    }

    @Test
    void anArchiveImportedCategoryByCategoryIsEstimatedValueByValue() throws Exception {
        // a trial's import (the corpus file grouped by category) was estimated "world 1,042" for 268 articles:
        // every value was scaled by the sample's share of the whole archive, not of that value's articles
        try (Directory d = new ByteBuffersDirectory(); DirectoryReader grouped = groupedByCategory(d)) {
            IndexSearcher s = new IndexSearcher(grouped);
            TermQuery common = new TermQuery(new Term("word", "common"));
            Set<String> fields = Set.of(ArticleSchema.CATEGORY, ArticleSchema.PLACE);
            FacetsAndTimeline.Tallied t = FacetsAndTimeline.tally(new FacetCounter(), s, common, fields);
            Map<String, FacetCounts> exact = s.search(common, new FacetCounter().counting(grouped, fields)).counts();
            for (String field : fields) {
                Map<String, Long> estimated = t.tally().counts().get(field).asMap();
                exact.get(field).asMap().forEach((value, n) -> assertThat(estimated.get(value)).as(field + " " + value)
                        .isCloseTo(n, within(n / 20)));
            }
        }
    }
}
