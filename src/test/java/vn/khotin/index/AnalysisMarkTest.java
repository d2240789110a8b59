package vn.khotin.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnalysisMarkTest {

    @Test
    void aRecordedVersionIsTakenAsItIsWithoutCountingArticles() {
        AnalysisMark mark = new AnalysisMark();
        mark.read("3", () -> {
            throw new AssertionError("the articles are counted only when no version is recorded");
        });
        assertThat(mark.version()).isEqualTo("3");
        assertThat(mark.outdated()).isTrue();
        assertThat(mark.hasCatchAll()).isFalse();
    }

    @Test
    void withoutARecordedVersionArticlesAreFromBeforeTheMarkerAndAnEmptyIndexIsCurrent() {
        AnalysisMark old = new AnalysisMark();
        old.read(null, () -> 2);
        assertThat(old.version()).isEqualTo("1");

        AnalysisMark empty = new AnalysisMark();
        empty.read(null, () -> 0);
        assertThat(empty.version()).isEqualTo(ArticleSchema.ANALYSIS_VERSION);
        assertThat(empty.outdated()).isFalse();
    }

    @Test
    void theCatchAllFieldIsThereFromItsVersionOnAndNotForAnUnreadableVersion() {
        AnalysisMark mark = new AnalysisMark();
        mark.read(Integer.toString(ArticleSchema.CATCH_ALL_SINCE), () -> 0);
        assertThat(mark.hasCatchAll()).isTrue();
        mark.read(Integer.toString(ArticleSchema.CATCH_ALL_SINCE - 1), () -> 0);
        assertThat(mark.hasCatchAll()).isFalse();
        mark.read("4b", () -> 0);
        assertThat(mark.hasCatchAll()).isFalse();
        assertThat(mark.outdated()).isTrue();
    }

    @Test
    void aCompleteRebuildMakesTheMarkCurrent() {
        AnalysisMark mark = new AnalysisMark();
        mark.read("1", () -> 5);
        mark.markReanalyzed();
        assertThat(mark.version()).isEqualTo(ArticleSchema.ANALYSIS_VERSION);
        assertThat(mark.outdated()).isFalse();
        assertThat(mark.hasCatchAll()).isTrue();
    }
}
