package vn.khotin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code khotin bench chart}: a PNG drawn from a file of figures, and clear errors for a malformed file. */
class BenchChartCommandTest {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    @TempDir
    Path tmp;

    @Test
    void drawsTheFiguresAsAPngOfTheRequestedSize() throws Exception {
        Path in = write("figures.tsv", ScaleFigures.HEADER,
                "CPU tìm kiếm (ms/truy vấn)\t10000\t2.26",
                "CPU tìm kiếm (ms/truy vấn)\t100000\t4.04",
                "CPU tìm kiếm (ms/truy vấn)\t1000000\t18.66");
        Path out = tmp.resolve("docs/chart.png");

        CliTest.Run r = CliTest.run("bench", "chart", "--in", in.toString(), "--out", out.toString(),
                "--width", "800", "--height", "500");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("3 điểm", "1 chỉ số", out.toString());
        assertThat(Arrays.copyOf(Files.readAllBytes(out), 8)).isEqualTo(PNG_SIGNATURE);
        BufferedImage image = ImageIO.read(out.toFile());
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isEqualTo(500);
        // the series is drawn in colour; the background, the grid, the axes and the texts are grey
        assertThat(colouredPixels(image, 150, 80, 450, 400)).as("line pixels in the plot area").isGreaterThan(200);
    }

    @Test
    void aMalformedLineIsAUsageErrorNamingItsNumber() throws Exception {
        Path in = write("bad.tsv", ScaleFigures.HEADER,
                "CPU tìm kiếm (ms/truy vấn)\t10000\t2.26",
                "CPU tìm kiếm (ms/truy vấn)\tmười nghìn\t4.04");

        CliTest.Run r = CliTest.run("bench", "chart", "--in", in.toString(), "--out", tmp.resolve("x.png").toString());

        assertThat(r.code()).isEqualTo(UserException.USAGE);
        assertThat(r.err().strip())
                .isEqualTo("Lỗi: Dòng 3 của " + in + " sai định dạng: số bài \"mười nghìn\" không phải số nguyên.");
        assertThat(tmp.resolve("x.png")).doesNotExist();
    }

    @Test
    void aLineWithoutThreeColumnsSaysWhatALineHolds() throws Exception {
        Path in = write("spaces.tsv", "# a comment", "CPU 10000 2.26");

        CliTest.Run r = CliTest.run("bench", "chart", "--in", in.toString(), "--out", tmp.resolve("x.png").toString());

        assertThat(r.code()).isEqualTo(UserException.USAGE);
        assertThat(r.err()).contains("Dòng 2 của " + in, "cần 3 cột cách nhau bằng dấu tab", "có 1 cột");
    }

    @Test
    void recordedFiguresReadBackAsWritten() {
        Path file = tmp.resolve("new/figures.tsv");
        List<ScaleFigures.Figure> figures = List.of(new ScaleFigures.Figure("CPU nhập dữ liệu (ms/bài)", 10_000, 4.8),
                new ScaleFigures.Figure("Chỉ mục trên đĩa (kB/bài)", 1_000_000, 5.6));
        ScaleFigures.append(file, figures.subList(0, 1));
        ScaleFigures.append(file, figures.subList(1, 2));

        assertThat(ScaleFigures.read(file)).isEqualTo(figures);
    }

    private Path write(String name, String... lines) throws Exception {
        Path file = tmp.resolve(name);
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private static int colouredPixels(BufferedImage image, int x0, int y0, int x1, int y1) {
        int count = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int rgb = image.getRGB(x, y);
                int r = rgb >> 16 & 0xFF;
                int g = rgb >> 8 & 0xFF;
                int b = rgb & 0xFF;
                if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 60) {
                    count++;
                }
            }
        }
        return count;
    }
}
