package vn.khotin.search.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;
import vn.khotin.model.Article;

/**
 * The plain-Lucene peer: StandardTokenizer, lower case and ASCII folding (so "Hà Tĩnh", "Ha Tinh" and "hà tinh"
 * are the same terms), BM25, the query's words OR-ed over title, sapo and body weighted 4, 2, 1 — what a
 * developer gets from Lucene without any Vietnamese knowledge. Also the title+sapo full-text baseline of the
 * related-stories evaluation ({@link #searchText}).
 */
public final class PlainLucenePeer implements RankingSystem {

    private static final Map<String, Float> WEIGHTS = Map.of("title", 4f, "sapo", 2f, "body", 1f);
    private static final String ROW = "row";

    private final EvalArchive archive;
    private final Directory dir;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final QueryBuilder builder;

    private PlainLucenePeer(EvalArchive archive, Directory dir) throws IOException {
        this.archive = archive;
        this.dir = dir;
        this.reader = DirectoryReader.open(dir);
        this.searcher = new IndexSearcher(reader);
        this.builder = new QueryBuilder(analyzer());
    }

    /** The analyzer: standard tokens, lower case, ASCII folding. */
    static Analyzer analyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream ts = new ASCIIFoldingFilter(new LowerCaseFilter(source));
                return new TokenStreamComponents(source, ts);
            }
        };
    }

    /** Opens the peer's index in {@code path}, building it from the archive when missing or incomplete. */
    public static PlainLucenePeer open(EvalArchive archive, Path path) throws IOException {
        Files.createDirectories(path);
        Directory dir = FSDirectory.open(path);
        boolean complete = false;
        if (DirectoryReader.indexExists(dir)) {
            try (DirectoryReader r = DirectoryReader.open(dir)) {
                complete = r.numDocs() == archive.size();
            }
        }
        if (!complete) {
            IndexWriterConfig cfg = new IndexWriterConfig(analyzer()).setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                    .setRAMBufferSizeMB(256);
            try (IndexWriter w = new IndexWriter(dir, cfg)) {
                for (int i = 0; i < archive.size(); i++) {
                    Article a = archive.articles().get(i);
                    Document d = new Document();
                    d.add(new StoredField(ROW, i));
                    d.add(new TextField("title", nfc(a.title()), Field.Store.NO));
                    d.add(new TextField("sapo", nfc(a.sapo()), Field.Store.NO));
                    d.add(new TextField("body", nfc(a.bodyText()), Field.Store.NO));
                    w.addDocument(d);
                }
                w.forceMerge(1);
            }
        }
        return new PlainLucenePeer(archive, dir);
    }

    private static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    @Override
    public String name() {
        return "Lucene Standard+ASCIIFolding";
    }

    @Override
    public List<String> search(String query, int k) throws IOException {
        return searchText(query, k, null);
    }

    /** The best {@code k} keys for a free text, OR-ed words, leaving out the article with key {@code except}. */
    public List<String> searchText(String text, int k, String except) throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int clauses = 0;
        for (Map.Entry<String, Float> f : WEIGHTS.entrySet()) {
            Query q = builder.createBooleanQuery(f.getKey(), nfc(text), Occur.SHOULD);
            if (q != null) {
                b.add(new BoostQuery(q, f.getValue()), Occur.SHOULD);
                clauses++;
            }
        }
        List<String> out = new ArrayList<>();
        if (clauses == 0) {
            return out;
        }
        int want = except == null ? k : k + 1;
        for (ScoreDoc sd : searcher.search(b.build(), want).scoreDocs) {
            int row = searcher.storedFields().document(sd.doc).getField(ROW).numericValue().intValue();
            String key = archive.key(row);
            if (!key.equals(except) && out.size() < k) {
                out.add(key);
            }
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        reader.close();
        dir.close();
    }
}
