package vn.khotin.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.khotin.search.eval.SearchBenchmark;

/**
 * {@code khotin bench search}: index build speed and size, search latency at 1, 2 and 8 clients; with
 * {@code --peers}, throughput side by side with SQLite FTS5 and PostgreSQL FTS (where a server answers) on the same
 * queries.
 */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Đo tốc độ dựng chỉ mục và độ trễ tìm kiếm (có nhóm đếm và đoạn trích) với 1, 2 và 8 khách đồng thời.")
final class BenchSearchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "100000", description = "Số bài đưa vào chỉ mục (mặc định: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--queries", paramLabel = "N", defaultValue = "5000", description = "Số truy vấn mỗi lượt đo (mặc định: ${DEFAULT-VALUE}).")
    int queries;

    @Option(names = "--threads", paramLabel = "N", description = "Số luồng dựng chỉ mục (mặc định: số nhân của máy).")
    Integer threads;

    @Option(names = "--merge", paramLabel = "N", defaultValue = "1",
            description = "Sau khi dựng, gộp chỉ mục còn tối đa N phân đoạn (đo riêng), như hệ thống làm sau mỗi lượt thu "
                    + "thập; 0: giữ nguyên các phân đoạn (mặc định: ${DEFAULT-VALUE}).")
    int merge;

    @Option(names = "--dump", paramLabel = "TỆP", description = "Ghi kết quả (JSON, mỗi truy vấn một dòng) vào tệp này để so sánh giữa hai phiên bản.")
    Path dump;

    @Option(names = "--index", paramLabel = "THƯ_MỤC",
            description = "Giữ chỉ mục ở thư mục này: lần đầu dựng, các lần sau dùng lại (không đo lại thời gian dựng). "
                    + "Là kho đã nhập hoặc thu thập (thư mục dữ liệu hoặc lucene/ của nó): đo trên chỉ mục của kho, chỉ "
                    + "đọc, không ghi gì vào kho.")
    Path indexDir;

    @Option(names = "--peers",
            description = "Sau các lượt đo của Khotin, chạy cùng các truy vấn trên cùng các bài với SQLite FTS5 (và "
                    + "PostgreSQL FTS nếu có máy chủ), cùng kết quả (10 bài xếp hạng + số bài theo chuyên mục), "
                    + "rồi in bảng so sánh tốc độ với 1 và 2 khách.")
    boolean peers;

    @Mixin
    Options.Corpus corpus = new Options.Corpus();

    @Mixin
    ScaleFigures.Record recorder = new ScaleFigures.Record();

    @Override
    public Integer call() throws Exception {
        int indexThreads = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (articles < 100 || queries < 10 || indexThreads < 1 || merge < 0) {
            throw new UserException(UserException.USAGE,
                    "Cần --articles ≥ 100, --queries ≥ 10, --threads ≥ 1, --merge ≥ 0.");
        }
        Options.BenchIndex index = Options.benchIndex(indexDir).requireArticles(articles);
        Path file = corpus.require();
        PrintWriter out = spec.commandLine().getOut();
        SearchBenchmark.Result r = SearchBenchmark.run(new SearchBenchmark.Options(file, articles, queries,
                indexThreads, 7, merge, dump, index.path(), index.archive(), peers), out);
        recorder.append(List.of(new ScaleFigures.Figure(ScaleFigures.SEARCH_CPU, r.indexArticles(), r.cpuMillisPerQuery())),
                out);
        out.flush();
        return 0;
    }
}
