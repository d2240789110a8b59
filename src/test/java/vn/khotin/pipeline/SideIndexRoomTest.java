package vn.khotin.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A rebuild needs room for a second index beside the old one: without it, it says so before writing anything,
 * instead of filling the disk minutes later.
 */
class SideIndexRoomTest {

    private static final long MIB = 1024 * 1024;

    @Test
    void aRebuildThatDoesNotFitIsRefusedWithTheSizes() {
        assertThat(SideIndex.roomProblem(100 * MIB, 150 * MIB))
                .startsWith("Không đủ chỗ trống để dựng chỉ mục mới bên cạnh chỉ mục cũ")
                .contains("cần khoảng 200,0 MiB, ổ đĩa còn 150,0 MiB")
                .endsWith("Chỉ mục cũ vẫn nguyên; hãy giải phóng chỗ trống rồi chạy lại");
    }

    @Test
    void aRebuildThatFitsGoesAhead() {
        assertThat(SideIndex.roomProblem(100 * MIB, 250 * MIB)).isNull();
        assertThat(SideIndex.roomProblem(0, 0)).as("an empty index").isNull();
    }
}
