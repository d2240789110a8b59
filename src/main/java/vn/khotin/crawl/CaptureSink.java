package vn.khotin.crawl;

import vn.khotin.model.Exchange;

/**
 * Where the crawler hands every HTTP exchange, in two steps that bracket the crawl store's record of it, in
 * the durability order: {@link #archive} stores the raw exchange durably and returns where; the crawler then
 * records the fetch (with that reference) in its store; then {@link #process} moves it down the pipeline.
 * A kill between the steps loses nothing: the store knows what was archived but not yet processed.
 */
public interface CaptureSink {

    /**
     * Stores the exchange durably (flushed) before returning.
     *
     * @return an opaque reference the crawl store keeps, and gives back on recovery
     */
    String archive(Exchange exchange) throws Exception;

    /** Extracts and indexes an archived exchange. Failures are the sink's to count; the crawl goes on. */
    void process(Exchange exchange, String archiveRef) throws Exception;
}
