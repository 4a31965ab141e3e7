package dev.studybot.app;

import ch.qos.logback.classic.Level;
import dev.studybot.console.ConsolePlayground;
import dev.studybot.console.MutableClock;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar studybot.jar [command]}: with no command, runs the bot on the platforms whose
 * tokens are set, or the console playground when none are.
 */
@Command(
        name = "studybot",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "A study bot for developer teams: the Go roadmap, a daily quiz, progress and a leaderboard.",
        subcommands = {
            Main.Run.class,
            Main.Console.class,
            SearchCommand.class,
            TopicCliCommand.class,
            RoadmapCliCommand.class,
            QuizCliCommand.class,
            DbCommand.class,
            LeaderboardCliCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Main implements Callable<Integer> {
    /** The process environment; tests replace it. */
    static Map<String, String> environment = System.getenv();

    private static InputStream stdin = System.in;
    private static PrintStream stdout = System.out;

    public static void main(String[] args) {
        // UTF-8 whatever the platform's default: the roadmap and replies are Chinese
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(execute(args, System.in, out, err));
    }

    /** Runs the command line and returns the exit code (0 ok, 1 failed with a sentence, 2 usage). */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        return execute(args, System.in, out, err);
    }

    /** Like {@link #execute(String[], PrintStream, PrintStream)}, reading the console from {@code in}. */
    public static synchronized int execute(String[] args, InputStream in, PrintStream out, PrintStream err) {
        stdin = in;
        stdout = out;
        if (args.length > 0 && !args[0].equals("run")) {
            // one-shot commands print results; only warnings belong on standard error beside them
            quietLogs(Level.WARN);
        }
        CommandLine line = new CommandLine(new Main());
        line.setOut(new java.io.PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        line.setErr(new java.io.PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof ConfigException
                    || e instanceof CliProblem
                    || e instanceof IllegalStateException
                    || e instanceof dev.studybot.store.StoreStartupException) {
                cmd.getErr().println(e.getMessage());
                return 1;
            }
            throw e;
        });
        return line.execute(args);
    }

    @Override
    public Integer call() throws Exception {
        return new Run().call();
    }

    static StudybotConfig config() {
        return new ConfigLoader(environment).load();
    }

    static void quietLogs(Level level) {
        org.slf4j.Logger root = LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        if (root instanceof ch.qos.logback.classic.Logger logback && System.getenv("STUDYBOT_LOG_LEVEL") == null) {
            logback.setLevel(level);
        }
    }

    /** {@code run}: connect to the platforms with tokens; the console playground when there are none. */
    @Command(
            name = "run",
            description = "Run the bot: Discord and/or Slack when their tokens are set, else the console.")
    static final class Run implements Callable<Integer> {
        @Override
        public Integer call() throws Exception {
            PlatformTokens tokens = PlatformTokens.from(environment);
            if (!tokens.any()) {
                return new Console().call();
            }
            StudybotConfig config = config();
            Platforms platforms = Platforms.check(config, tokens, environment);
            StudyBot bot = new StudyBot(config, Clock.systemDefaultZone());
            Platforms.Running running;
            try {
                running = platforms.start(bot);
            } catch (RuntimeException e) {
                bot.close();
                throw e;
            }
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(
                            () -> {
                                running.close();
                                bot.close();
                                stopped.countDown();
                            },
                            "studybot-shutdown"));
            stopped.await();
            return 0;
        }
    }

    /** {@code console}: the console playground on the embedded database, whatever tokens are set. */
    @Command(name = "console", description = "Start the console playground: type slash commands, read replies.")
    static final class Console implements Callable<Integer> {
        @Override
        public Integer call() throws Exception {
            quietLogs(Level.WARN);
            StudybotConfig config = config();
            MutableClock clock = new MutableClock(Clock.systemDefaultZone());
            PrintStream out = stdout;
            try (StudyBot services = new StudyBot(config, clock)) {
                ConsolePlayground playground = new ConsolePlayground(
                        services.router(),
                        clock,
                        services.quizRoutine()::runRoutine,
                        config.console().team(),
                        config.console().user(),
                        Path.of(config.console().pictures()),
                        out);
                services.gateways().register(dev.studybot.chat.Platform.CONSOLE, playground);
                BufferedReader in = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
                playground.run(in, System.console() != null);
            }
            return 0;
        }
    }

    /** The version from the jar manifest, or "development". */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"studybot " + (version == null ? "development" : version)};
        }
    }
}
