package vn.khotin.crawl;

import java.util.List;
import java.util.Map;

/** Receives every HTTP exchange the crawler makes, in order. The coordinator archives, extracts and indexes. */
@FunctionalInterface
public interface CaptureSink {

    /**
     * Takes one capture.
     *
     * @param requestHeaders the headers the crawler sent, for the archive's request record
     */
    void accept(Capture capture, Map<String, List<String>> requestHeaders) throws Exception;
}
