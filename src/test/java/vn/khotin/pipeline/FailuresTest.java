package vn.khotin.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class FailuresTest {

    @Test
    void aFullDiskIsSaidInVietnameseWhereverItStandsInTheChain() {
        IOException lucene = new IOException("No space left on device");
        assertThat(Failures.describe(new UncheckedIOException("cannot open WARC directory /d/warc", lucene)))
                .startsWith("hết chỗ trống trên đĩa").contains("chạy lại lệnh");
        // SQLite rolled the transaction back itself; the error after it carries the full disk as suppressed
        SQLException later = new SQLException("cannot commit - no transaction is active");
        later.addSuppressed(new SQLException("[SQLITE_FULL] Insertion failed because database is full"
                + " (database or disk is full)"));
        assertThat(Failures.isDiskFull(new RuntimeException("crawl failed", later))).isTrue();
        assertThat(Failures.isDiskFull(new IOException("Disk quota exceeded"))).isTrue();
    }

    @Test
    void anyOtherFailureKeepsItsOwnMessage() {
        IOException other = new IOException("Permission denied");
        assertThat(Failures.isDiskFull(new UncheckedIOException("cannot open", other))).isFalse();
        assertThat(Failures.describe(other)).isEqualTo("Permission denied");
        RuntimeException loop = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", loop);
        loop.addSuppressed(b);
        assertThat(Failures.isDiskFull(loop)).as("a cycle of causes ends").isFalse();
    }

    @Test
    void aTruncatedCompressedFileIsSaidInVietnamese() {
        Exception cut = new java.io.UncheckedIOException(new java.io.EOFException("Unexpected end of ZLIB input stream"));
        assertThat(Failures.describe(cut)).startsWith("tệp nén bị cụt").doesNotContain("ZLIB");
    }
}
