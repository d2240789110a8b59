package vn.khotin.search.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

/**
 * The CPU time of server processes on this machine (a PostgreSQL backend serves one connection in a process of
 * its own), read from {@code /proc/<pid>/stat}: user plus system time, in clock ticks of 10 ms (Linux's
 * USER_HZ is 100 on every common architecture), so a figure over a run of many queries, not of one.
 */
final class BackendCpu {

    private static final long NANOS_PER_TICK = 10_000_000L;

    private BackendCpu() {}

    /**
     * The summed CPU time of these processes in nanoseconds, or -1 when any of them cannot be read here (a
     * server on another machine or in another PID namespace, or no /proc) or is not a PostgreSQL process.
     */
    static long nanos(Collection<Long> pids) {
        long sum = 0;
        for (long pid : pids) {
            try {
                Path proc = Path.of("/proc", Long.toString(pid));
                if (!Files.readString(proc.resolve("comm")).trim().startsWith("postgres")) {
                    return -1;
                }
                sum += ticks(Files.readString(proc.resolve("stat"))) * NANOS_PER_TICK;
            } catch (IOException | RuntimeException e) {
                return -1;
            }
        }
        return sum;
    }

    /**
     * utime + stime (fields 14 and 15) of a {@code /proc/<pid>/stat} line. The command name (field 2) is in
     * parentheses and may hold spaces and parentheses itself, so fields are counted after its last ')'.
     */
    static long ticks(String stat) {
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" +");
        // f[0] is field 3 (the state): utime is field 14, stime field 15
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }
}
