package vn.khotin.opensearch;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.opensearch.common.settings.Settings;
import org.opensearch.http.HttpServerTransport;
import org.opensearch.plugins.Plugin;
import org.opensearch.test.OpenSearchSingleNodeTestCase;
import org.opensearch.transport.Netty4ModulePlugin;

/**
 * Not a test: an in-JVM OpenSearch node with the plugin and a real HTTP port, held open for a while, to measure
 * {@code khotin sync-opensearch} against (src/docs/scale-out.md gives the figures). Not in the default run (its name
 * does not end in Tests); start it with
 * <pre>
 * mvn -q -f src/opensearch/pom.xml test -Dtest=SyncTargetNode -Dkhotin.node.seconds=600 -Dkhotin.node.port=9200
 * </pre>
 * and it writes its URL to {@code target/opensearch/node-url.txt} once it listens.
 */
public class SyncTargetNode extends OpenSearchSingleNodeTestCase {

    @Override
    protected Collection<Class<? extends Plugin>> getPlugins() {
        return List.of(KhotinAnalysisPlugin.class, Netty4ModulePlugin.class);
    }

    @Override
    protected boolean addMockHttpTransport() {
        return false;
    }

    @Override
    protected Settings nodeSettings() {
        return Settings.builder().put(super.nodeSettings())
                .put("http.type", Netty4ModulePlugin.NETTY_HTTP_TRANSPORT_NAME)
                .put("http.host", "127.0.0.1")
                .put("http.port", System.getProperty("khotin.node.port", "9200"))
                .build();
    }

    public void testServeUntilTimeIsUp() throws Exception {
        long seconds = Long.getLong("khotin.node.seconds", 0);
        assumeTrue("start with -Dkhotin.node.seconds=N", seconds > 0);
        String address = getInstanceFromNode(HttpServerTransport.class).boundAddress().publishAddress().toString();
        Files.writeString(Path.of("node-url.txt"), "http://" + address + "\n", StandardCharsets.UTF_8);
        Thread.sleep(seconds * 1000);
    }
}
