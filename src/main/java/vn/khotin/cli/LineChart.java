package vn.khotin.cli;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import vn.khotin.cli.ScaleFigures.Figure;

/**
 * A line chart of figures against archive size, drawn with Java2D (headless, no library): articles on a
 * logarithmic x axis, one line per metric, a value label at every point, a legend on the right. The y axis is
 * logarithmic when the values span ten times or more (costs of different kinds side by side), linear from 0
 * otherwise.
 */
final class LineChart {

    /** The texts around the plot. */
    record Labels(String title, String xAxis, String yAxis, String note) {}

    static final Color BACKGROUND = Color.WHITE;
    private static final Color INK = new Color(0x222222);
    private static final Color GRID = new Color(0xDDDDDD);
    /** Okabe–Ito colours: told apart by readers with colour-blindness too. */
    private static final Color[] PALETTE = {new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73),
            new Color(0xCC79A7), new Color(0xE69F00), new Color(0x56B4E9), new Color(0x000000)};

    private final Map<String, List<Figure>> series = new LinkedHashMap<>();
    private final Labels labels;
    private final int width;
    private final int height;
    private final Font font;

    LineChart(List<Figure> figures, Labels labels, int width, int height) {
        for (Figure f : figures) {
            series.computeIfAbsent(f.metric(), m -> new ArrayList<>()).add(f);
        }
        series.values().forEach(points -> points.sort(Comparator.comparingLong(Figure::articles)));
        this.labels = labels;
        this.width = width;
        this.height = height;
        this.font = new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(11, Math.min(width, height * 16 / 10) / 70));
    }

    /** Renders the chart and writes it as a PNG file (parent directories created). */
    void writePng(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (!ImageIO.write(render(), "png", file.toFile())) {
            throw new IOException("no PNG writer");
        }
    }

    BufferedImage render() {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(BACKGROUND);
            g.fillRect(0, 0, width, height);
            draw(g);
        } finally {
            g.dispose();
        }
        return image;
    }

    private void draw(Graphics2D g) {
        int unit = font.getSize();
        g.setFont(font);
        int legendWidth = legendWidth(g);
        Plot plot = new Plot(unit * 6, unit * 4, width - legendWidth - unit * 3, height - unit * 5);
        ChartAxis x = xAxis();
        ChartAxis y = yAxis();
        drawTitle(g, unit);
        drawXAxis(g, plot, x);
        drawYAxis(g, plot, y);
        int i = 0;
        for (List<Figure> points : series.values()) {
            drawSeries(g, plot, x, y, points, PALETTE[i++ % PALETTE.length]);
        }
        int legendBottom = drawLegend(g, plot.right() + unit * 2, plot.top());
        g.setColor(Color.GRAY);
        g.drawString(labels.note(), plot.right() + unit * 2, legendBottom + unit);
    }

    /** The plot area in pixels. */
    record Plot(int left, int top, int right, int bottom) {}

    ChartAxis xAxis() {
        long lo = all().mapToLong(Figure::articles).min().orElse(1);
        long hi = all().mapToLong(Figure::articles).max().orElse(10);
        boolean fewDecades = Math.log10((double) hi / lo) < 1.5; // then ticks at 2 and 5 × 10^k too
        return ChartAxis.logarithmic(lo, hi, 0.2, fewDecades);
    }

    ChartAxis yAxis() {
        double lo = all().mapToDouble(Figure::value).min().orElse(0);
        double hi = all().mapToDouble(Figure::value).max().orElse(1);
        if (lo > 0 && hi / lo >= 10) {
            return ChartAxis.logarithmic(lo, hi, 0.1, hi / lo < 1e4);
        }
        return ChartAxis.linear(hi);
    }

    private java.util.stream.Stream<Figure> all() {
        return series.values().stream().flatMap(List::stream);
    }

    private void drawTitle(Graphics2D g, int unit) {
        g.setColor(INK);
        g.setFont(font.deriveFont(Font.BOLD, unit * 1.5f));
        FontMetrics m = g.getFontMetrics();
        g.drawString(labels.title(), (width - m.stringWidth(labels.title())) / 2, unit * 2 + m.getAscent() / 2);
        g.setFont(font);
    }

    private void drawXAxis(Graphics2D g, Plot p, ChartAxis x) {
        FontMetrics m = g.getFontMetrics();
        for (double tick : x.ticks()) {
            int px = (int) Math.round(x.pixel(tick, p.left(), p.right()));
            g.setColor(GRID);
            g.drawLine(px, p.top(), px, p.bottom());
            g.setColor(INK);
            g.drawLine(px, p.bottom(), px, p.bottom() + 5);
            String label = Numbers.integer(Math.round(tick));
            g.drawString(label, px - m.stringWidth(label) / 2, p.bottom() + 8 + m.getAscent());
        }
        g.drawLine(p.left(), p.bottom(), p.right(), p.bottom());
        int cx = (p.left() + p.right()) / 2;
        g.drawString(labels.xAxis(), cx - m.stringWidth(labels.xAxis()) / 2, p.bottom() + 14 + 2 * m.getHeight());
    }

    private void drawYAxis(Graphics2D g, Plot p, ChartAxis y) {
        FontMetrics m = g.getFontMetrics();
        for (double tick : y.ticks()) {
            int py = (int) Math.round(y.pixel(tick, p.bottom(), p.top()));
            g.setColor(GRID);
            g.drawLine(p.left(), py, p.right(), py);
            g.setColor(INK);
            g.drawLine(p.left() - 5, py, p.left(), py);
            String label = Numbers.compact(tick);
            g.drawString(label, p.left() - 9 - m.stringWidth(label), py + m.getAscent() / 2 - 1);
        }
        g.drawLine(p.left(), p.top(), p.left(), p.bottom());
        AffineTransform saved = g.getTransform();
        int cy = (p.top() + p.bottom()) / 2;
        g.rotate(-Math.PI / 2, m.getAscent(), cy);
        String label = labels.yAxis() + (y.log() ? " (thang logarit)" : "");
        g.drawString(label, m.getAscent() - m.stringWidth(label) / 2, cy + m.getAscent());
        g.setTransform(saved);
    }

    private void drawSeries(Graphics2D g, Plot p, ChartAxis x, ChartAxis y, List<Figure> points, Color colour) {
        Path2D line = new Path2D.Double();
        double r = font.getSize() * 0.4;
        for (int i = 0; i < points.size(); i++) {
            double px = x.pixel(points.get(i).articles(), p.left(), p.right());
            double py = y.pixel(points.get(i).value(), p.bottom(), p.top());
            if (i == 0) {
                line.moveTo(px, py);
            } else {
                line.lineTo(px, py);
            }
        }
        g.setColor(colour);
        g.setStroke(new BasicStroke(font.getSize() / 5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(line);
        g.setStroke(new BasicStroke(1));
        g.setFont(font.deriveFont(Font.BOLD));
        int decimals = points.stream().mapToInt(f -> decimals(f.value())).max().orElse(0);
        for (Figure f : points) {
            double px = x.pixel(f.articles(), p.left(), p.right());
            double py = y.pixel(f.value(), p.bottom(), p.top());
            g.fill(new Ellipse2D.Double(px - r, py - r, 2 * r, 2 * r));
            g.drawString(Numbers.fixed(f.value(), decimals), (float) (px + r + 3), (float) (py - r - 2));
        }
        g.setFont(font);
    }

    /** Decimals (up to two) that {@code value} needs, so that a series labels 6.7, 6.0, 5.6 alike. */
    private static int decimals(double value) {
        String s = Numbers.compact(value);
        int comma = s.indexOf(',');
        return comma < 0 ? 0 : s.length() - comma - 1;
    }

    private int legendWidth(Graphics2D g) {
        FontMetrics m = g.getFontMetrics(font);
        int widest = Math.max(m.stringWidth(labels.note()) - font.getSize() * 3,
                series.keySet().stream().mapToInt(m::stringWidth).max().orElse(0));
        return widest + font.getSize() * 4;
    }

    /** Draws the legend and returns where it ends. */
    private int drawLegend(Graphics2D g, int left, int top) {
        FontMetrics m = g.getFontMetrics();
        int row = m.getHeight() * 2;
        int i = 0;
        for (String metric : series.keySet()) {
            int cy = top + row / 2 + i * row;
            g.setColor(PALETTE[i % PALETTE.length]);
            g.setStroke(new BasicStroke(font.getSize() / 5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.drawLine(left, cy, left + font.getSize() * 2, cy);
            g.setStroke(new BasicStroke(1));
            g.setColor(INK);
            g.drawString(metric, left + font.getSize() * 3, cy + m.getAscent() / 2 - 1);
            i++;
        }
        return top + i * row;
    }
}
