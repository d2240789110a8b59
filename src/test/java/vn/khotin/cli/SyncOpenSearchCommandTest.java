package vn.khotin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The usage errors of {@code khotin sync-opensearch}: one line, exit code 2, before any network. */
class SyncOpenSearchCommandTest {

    @TempDir
    Path tmp;

    @Test
    void aUrlThatIsNotHttpIsAUsageError() {
        CliTest.Run r = CliTest.run("sync-opensearch", "--url", "ftp://cluster:9200", "--data", tmp.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n").contains("--url");
    }

    @Test
    void anIndexNameOpenSearchWouldRefuseIsAUsageError() {
        CliTest.Run r = CliTest.run("sync-opensearch", "--url", "http://127.0.0.1:9", "--index", "Khotin",
                "--data", tmp.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Khotin");
    }

    @Test
    void aDataDirectoryWithoutIndexIsAUsageErrorNamingIt() {
        CliTest.Run r = CliTest.run("sync-opensearch", "--url", "http://127.0.0.1:9", "--data", tmp.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(tmp.resolve("lucene").toString()).doesNotContain("Exception");
    }
}
