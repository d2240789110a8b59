package vn.khotin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import vn.khotin.analysis.eval.Corpus;
import vn.khotin.analysis.eval.CorpusArticle;

/** Corpus options shared by {@code eval analysis} and {@code bench analysis}. */
final class AnalysisCorpusOptions {

    @Option(names = "--corpus", paramLabel = "TỆP",
            description = "Tệp tin bài JSONL(.gz) (mặc định: ../shared/corpus/vi-news.jsonl.gz; "
                    + "nếu không có thì dùng các bài mẫu đi kèm).")
    Path corpus;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "3000",
            description = "Số bài lấy mẫu từ kho (mặc định: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Hạt giống ngẫu nhiên (mặc định: ${DEFAULT-VALUE}).")
    long seed;

    /** The corpus file to read, or null to use the committed samples. */
    Path corpusFile() {
        if (corpus != null) {
            if (!Files.isRegularFile(corpus) || !Files.isReadable(corpus)) {
                throw Options.Corpus.missing(corpus);
            }
            return corpus;
        }
        return Files.isRegularFile(Corpus.DEFAULT) ? Corpus.DEFAULT : null;
    }

    List<CorpusArticle> load(PrintWriter out) {
        if (articles < 1) {
            throw UserException.usage("--articles phải lớn hơn 0");
        }
        Path file = corpusFile();
        try {
            List<CorpusArticle> list = file == null ? Corpus.samples() : Corpus.sample(file, articles, seed);
            out.printf("Kho bài: %s, %s bài có tiêu đề.%n",
                    file == null ? "bài mẫu đi kèm (không thấy ../shared/corpus/)" : file, Numbers.integer(list.size()));
            if (list.isEmpty()) {
                throw UserException.usage("kho bài không có bài nào có tiêu đề: " + file);
            }
            return list;
        } catch (IOException | RuntimeException e) {
            if (e instanceof UserException u) {
                throw u;
            }
            throw UserException.runtime("không đọc được kho bài " + (file == null ? Corpus.SAMPLES : file)
                    + ": " + e.getMessage(), e);
        }
    }
}
