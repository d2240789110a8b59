package vn.khotin.pipeline;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import vn.khotin.crawl.CrawlSettings;
import vn.khotin.extract.ExtractionRules;

/**
 * A site profile from {@code crawler-config/<site>.properties}, parsed once into the records each stage
 * takes. Any problem is a {@link PipelineException.Kind#CONFIGURATION configuration error} naming the file, key
 * and value.
 */
public record SiteProfile(Path file, CrawlSettings crawl, ExtractionRules extraction) {

    /** The profile of the real baohatinh.vn, relative to the working directory. */
    public static final Path DEFAULT = Path.of("crawler-config", "baohatinh.properties");

    /**
     * Loads the default profile: {@link #DEFAULT} when the working directory has it (so edits there take
     * effect), else the copy built into the jar.
     */
    public static SiteProfile loadDefault() {
        if (Files.exists(DEFAULT)) {
            return load(DEFAULT);
        }
        String resource = "/" + DEFAULT.toString().replace('\\', '/');
        try (var in = SiteProfile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw PipelineException.configuration("Không tìm thấy tệp cấu hình " + DEFAULT + " (chỉ rõ bằng --site).");
            }
            return parse(DEFAULT, new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw PipelineException.configuration("Không đọc được cấu hình có sẵn " + resource + ": " + e.getMessage());
        }
    }

    public static SiteProfile load(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(file, reader);
        } catch (NoSuchFileException e) {
            throw PipelineException.configuration("Không tìm thấy tệp cấu hình " + file
                    + " (chạy lệnh từ thư mục dự án, hoặc chỉ rõ bằng --site).");
        } catch (IOException e) {
            throw PipelineException.configuration("Không đọc được tệp cấu hình " + file + ": " + e.getMessage());
        }
    }

    private static SiteProfile parse(Path file, Reader reader) throws IOException {
        Properties properties = new Properties();
        try {
            properties.load(reader);
        } catch (IllegalArgumentException e) {
            throw PipelineException.configuration("Không đọc được tệp cấu hình " + file + ": " + e.getMessage());
        }
        Map<String, String> keys = new TreeMap<>();
        properties.stringPropertyNames().forEach(k -> keys.put(k, properties.getProperty(k)));
        try {
            return new SiteProfile(file, CrawlSettings.from(keys), ExtractionRules.from(keys));
        } catch (IllegalArgumentException e) {
            throw PipelineException.configuration("Cấu hình sai trong " + file + ": " + e.getMessage());
        }
    }

    /** The same profile with other crawl settings (an {@code --origin} or {@code --rate} for one run). */
    public SiteProfile withCrawl(CrawlSettings settings) {
        return new SiteProfile(file, settings, extraction);
    }
}
