package vn.khotin.web;

import java.io.OutputStream;
import java.nio.file.Path;
import vn.khotin.index.ArticleIndex;
import vn.khotin.search.ArticleSearch;
import vn.khotin.search.SearchRequest;

/**
 * The export's streaming path alone, for {@link ExportTest} to run in a JVM with a small heap: exports every
 * match of a query from an index to nowhere and prints how many rows and bytes it wrote.
 */
final class ExportMemoryCheck {

    private ExportMemoryCheck() {}

    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        try (ArticleIndex index = ArticleIndex.openReadOnly(Path.of(args[0]))) {
            ArticleSearch search = new ArticleSearch(index);
            long t1 = System.nanoTime();
            long[] bytes = new long[1];
            OutputStream nowhere = new OutputStream() {
                @Override
                public void write(int b) {
                    bytes[0]++;
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    bytes[0] += len;
                }
            };
            ExportWriter writer = new ExportWriter(ExportWriter.FileType.valueOf(args[2]), ExportWriter.FIELDS,
                    WebServer.jsonMapper(), "http://127.0.0.1", nowhere);
            long rows = search.stream(SearchRequest.builder(args[1]).build(), Long.MAX_VALUE, writer);
            writer.finish();
            System.out.printf("rows=%d bytes=%d maxHeapMb=%d open=%.1fs export=%.1fs%n", rows, bytes[0],
                    Runtime.getRuntime().maxMemory() / (1024 * 1024), (t1 - t0) / 1e9, (System.nanoTime() - t1) / 1e9);
        }
    }
}
