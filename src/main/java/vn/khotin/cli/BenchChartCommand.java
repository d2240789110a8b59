package vn.khotin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code khotin bench chart}: the cost-against-size chart of src/docs/scale.md, drawn as a PNG from a file of measured
 * figures ({@link ScaleFigures}), which {@code --record} of the bench commands append to.
 */
@Command(name = "chart", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Vẽ biểu đồ PNG chi phí theo quy mô kho từ tệp số liệu đo (TSV: chỉ số, số bài, giá trị).",
                "Trục ngang là số bài (thang logarit); mỗi chỉ số một đường; trục dọc theo thang logarit khi các giá "
                        + "trị chênh nhau từ 10 lần trở lên."})
final class BenchChartCommand implements Callable<Integer> {

    @Option(names = "--in", paramLabel = "TỆP", required = true,
            description = "Tệp số liệu: mỗi dòng \"chỉ số<TAB>số bài<TAB>giá trị\" (dòng # là chú thích).")
    Path in;

    @Option(names = "--out", paramLabel = "TỆP", required = true, description = "Tệp PNG cần ghi.")
    Path out;

    @Option(names = "--title", paramLabel = "CHỮ", defaultValue = "Chi phí của Khotin theo quy mô kho",
            description = "Tiêu đề biểu đồ (mặc định: ${DEFAULT-VALUE}).")
    String title;

    @Option(names = "--y-label", paramLabel = "CHỮ", defaultValue = "Chi phí theo đơn vị ở chú giải",
            description = "Nhãn trục dọc (mặc định: ${DEFAULT-VALUE}).")
    String yLabel;

    @Option(names = "--width", paramLabel = "PX", defaultValue = "1400", description = "Chiều rộng ảnh (mặc định: ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--height", paramLabel = "PX", defaultValue = "800", description = "Chiều cao ảnh (mặc định: ${DEFAULT-VALUE}).")
    int height;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (width < 400 || height < 300 || width > 8000 || height > 8000) {
            throw UserException.usage("Cần 400 ≤ --width ≤ 8000 và 300 ≤ --height ≤ 8000.");
        }
        List<ScaleFigures.Figure> figures = ScaleFigures.read(in);
        String xLabel = "Số bài trong kho (thang logarit)";
        LineChart chart = new LineChart(figures, new LineChart.Labels(title, xLabel, yLabel,
                "Số liệu: " + in.getFileName()), width, height);
        try {
            chart.writePng(out);
        } catch (IOException e) {
            throw UserException.runtime("Không ghi được ảnh " + out + ": " + e.getMessage(), e);
        }
        long metrics = figures.stream().map(ScaleFigures.Figure::metric).distinct().count();
        PrintWriter w = spec.commandLine().getOut();
        w.printf("Đã vẽ %s điểm của %s chỉ số vào %s (%d×%d).%n", Numbers.integer(figures.size()),
                Numbers.integer(metrics), out, width, height);
        w.flush();
        return 0;
    }
}
