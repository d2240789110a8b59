package vn.khotin.search;

/**
 * Times the stages of one search run for {@link SearchStages}: each {@link #end} adds the time since the previous
 * one to a stage. Without a stages object it reads no clock.
 */
final class StageClock {
    private final SearchStages stages;
    private long last;

    StageClock(SearchStages stages, long start) {
        this.stages = stages;
        this.last = start;
    }

    void end(SearchStages.Stage stage) {
        if (stages != null) {
            long now = System.nanoTime();
            stages.add(stage, now - last);
            last = now;
        }
    }
}
