package vn.khotin.cli;

import java.io.Console;
import java.lang.reflect.Method;

/**
 * Whether the program writes to a terminal, where a progress bar is redrawn in place; elsewhere (a file, a pipe, CI)
 * commands print plain lines. {@link System#console()} alone no longer tells: from Java 22 it returns a console
 * even when output is redirected, and {@code Console.isTerminal()} (Java 22) says whether it is one. The build
 * targets Java 21, so that method is looked up at run time.
 */
final class Terminal {

    private Terminal() {}

    /** True when standard input and output are a terminal. */
    static boolean attached() {
        return attached(System.console());
    }

    static boolean attached(Console console) {
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (NoSuchMethodException e) {
            return true; // Java 21: a console exists only for a terminal
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }
}
