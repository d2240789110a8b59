package vn.khotin.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.khotin.pipeline.Failures;
import vn.khotin.pipeline.PipelineException;

/**
 * The {@code khotin} command line: one entry point wiring every stage of the pipeline.
 *
 * <p>Exit codes: 0 success, 1 runtime failure, 2 usage or configuration error. Errors are one line on
 * standard error; the stack trace goes to the log, and to the terminal only with {@code --debug}.
 */
@Command(
        name = "khotin",
        mixinStandardHelpOptions = true,
        resourceBundle = "vn.khotin.cli.Messages",
        versionProvider = Main.Version.class,
        sortOptions = false,
        headerHeading = "",
        header = "Khotin: kho lưu trữ và tìm kiếm tin bài Báo Hà Tĩnh (baohatinh.vn).",
        synopsisHeading = "%nCách dùng: ",
        commandListHeading = "%nCác lệnh:%n",
        optionListHeading = "%nTùy chọn:%n",
        footer = "%nChạy 'khotin <lệnh> --help' để xem hướng dẫn của từng lệnh.",
        subcommands = {
            ServeCommand.class,
            CrawlCommand.class,
            RunCommand.class,
            ReindexCommand.class,
            ImportCommand.class,
            StatsCommand.class,
            AnalyzeCommand.class,
            ReplicaCommand.class,
            DemoCommand.class,
            BenchCommand.class,
            EvalCommand.class,
            SyncOpenSearchCommand.class,
        })
public final class Main implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    @Option(names = "--debug", description = "In chi tiết lỗi (stack trace) khi có sự cố.", scope = CommandLine.ScopeType.INHERIT)
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        // Lucene and others log through java.util.logging; route it to SLF4J so one configuration rules.
        org.slf4j.bridge.SLF4JBridgeHandler.removeHandlersForRootLogger();
        org.slf4j.bridge.SLF4JBridgeHandler.install();
        System.exit(execute(args));
    }

    /** Runs the CLI and returns the exit code, without exiting the JVM (for tests). */
    public static int execute(String... args) {
        return execute(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), args);
    }

    /** Runs the CLI with the given output streams and returns the exit code. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        Main main = new Main();
        CommandLine cli = new CommandLine(main);
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler((ex, cmdArgs) -> {
            CommandLine cmd = ex.getCommandLine();
            cmd.getErr().println("Lỗi: " + describe(ex)
                    + " (xem '" + cmd.getCommandSpec().qualifiedName() + " --help')");
            cmd.getErr().flush();
            return UserException.USAGE;
        });
        cli.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            boolean debug = parseResult.hasMatchedOption("--debug")
                    || parseResult.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--debug"));
            int code;
            String message;
            if (ex instanceof UserException user) {
                code = user.exitCode();
                message = user.getMessage();
            } else if (ex instanceof PipelineException pipeline) {
                code = UserException.exitCode(pipeline);
                message = pipeline.getMessage();
            } else if (Failures.isDiskFull(ex)) {
                code = UserException.RUNTIME;
                String full = Failures.describe(ex);
                message = Character.toUpperCase(full.charAt(0)) + full.substring(1);
            } else if (lockedIndex(ex) != null) {
                code = UserException.RUNTIME;
                message = "Chỉ mục " + lockedIndex(ex) + " đang được một tiến trình khác ghi (serve, crawl, hoặc một"
                        + " lệnh bench/eval đang dựng nó); chờ tiến trình đó xong hoặc dừng nó, hoặc chọn thư mục khác.";
            } else {
                code = UserException.RUNTIME;
                message = "Lỗi không mong đợi: " + ex;
            }
            LOG.debug("{}", message, ex);
            cmd.getErr().println("Lỗi: " + message);
            if (debug) {
                ex.printStackTrace(cmd.getErr());
            }
            cmd.getErr().flush();
            return code;
        });
        return cli.execute(args);
    }

    /** The directory of an index another process holds the write lock of, when that is what failed; else null. */
    private static String lockedIndex(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            // by name: no Lucene type above the search layer (ArchitectureTest)
            if (t.getClass().getName().equals("org.apache.lucene.store.LockObtainFailedException")) {
                String m = String.valueOf(t.getMessage());
                int at = m.indexOf("Lock held by another program: ");
                return at >= 0 ? m.substring(at + "Lock held by another program: ".length()).replaceAll("/write\\.lock$", "")
                        : "(không rõ thư mục)";
            }
        }
        return null;
    }

    /** A Vietnamese one-liner for picocli's most common parse errors; the original text otherwise. */
    private static String describe(CommandLine.ParameterException ex) {
        if (ex instanceof CommandLine.UnmatchedArgumentException unmatched) {
            return "không nhận ra tham số " + String.join(" ", unmatched.getUnmatched());
        }
        if (ex instanceof CommandLine.MissingParameterException missing) {
            return "thiếu tham số bắt buộc: " + missing.getMessage();
        }
        return ex.getMessage();
    }

    /** Reads the version from the jar manifest, falling back to "dev" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"khotin " + (v == null ? "dev" : v)};
        }
    }
}
