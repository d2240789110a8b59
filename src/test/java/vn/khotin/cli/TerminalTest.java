package vn.khotin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Progress bars are redrawn only on a terminal: under the test runner, whose output goes to a file, no command may
 * think it writes to one (on Java 22 to 24 {@code System.console()} is not null even then).
 */
class TerminalTest {

    @Test
    void outputRedirectedToAFileIsNoTerminal() {
        assertThat(Terminal.attached()).isFalse();
    }

    @Test
    void noConsoleIsNoTerminal() {
        assertThat(Terminal.attached(null)).isFalse();
    }
}
