package vn.khotin.replica;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import javax.imageio.ImageIO;

/** Small placeholder images and static files, generated once. */
final class StaticAssets {

    static final byte[] JPEG = image("jpg");
    static final byte[] PNG = image("png");
    static final byte[] GIF = Base64.getDecoder().decode(Html.PLACEHOLDER_GIF.substring(Html.PLACEHOLDER_GIF.indexOf(',') + 1));
    static final byte[] CSS = "body{font-family:Arial,sans-serif}.article__title{font-size:2em}\n".getBytes(StandardCharsets.UTF_8);
    static final byte[] JS = "(function(){document.querySelectorAll('img[data-src]').forEach(function(i){i.src=i.dataset.src;});})();\n"
            .getBytes(StandardCharsets.UTF_8);
    /** A one-page PDF: what an article-like URL serves under {@link Fault#NON_HTML}. */
    static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);

    private StaticAssets() {
    }

    private static byte[] image(String format) {
        System.setProperty("java.awt.headless", "true");
        BufferedImage img = new BufferedImage(16, 10, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(0x1d, 0x5c, 0x96));
        g.fillRect(0, 0, 16, 10);
        g.setColor(new Color(0xf2, 0xc1, 0x1d));
        g.fillRect(4, 3, 8, 4);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, format.equals("jpg") ? "jpeg" : format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A placeholder image: its bytes and media type. */
    record Image(byte[] bytes, String type) {
    }

    /** The placeholder for an image file name, by its extension; JPEG for any other. */
    static Image imageFor(String file) {
        String f = file.toLowerCase(Locale.ROOT);
        if (f.endsWith(".png")) {
            return new Image(PNG, "image/png");
        }
        if (f.endsWith(".gif")) {
            return new Image(GIF, "image/gif");
        }
        return new Image(JPEG, "image/jpeg");
    }
}
