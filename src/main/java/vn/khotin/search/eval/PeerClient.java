package vn.khotin.search.eval;

import java.io.IOException;

/** One client of a peer of {@code bench search --peers}: a connection of its own, used by one thread. */
interface PeerClient extends AutoCloseable {

    /** The ranked top {@code k} and the category counts of the whole match set; every word required. */
    PeerAnswer search(String query, int k) throws IOException;

    @Override
    void close() throws IOException;
}
