package dev.studybot.console;

import dev.studybot.chat.Caller;
import dev.studybot.chat.ChannelRef;
import dev.studybot.chat.ChatGateway;
import dev.studybot.chat.CommandRequest;
import dev.studybot.chat.CommandRouter;
import dev.studybot.chat.CommandSpec;
import dev.studybot.chat.ComponentRequest;
import dev.studybot.chat.Messages;
import dev.studybot.chat.Platform;
import dev.studybot.chat.PostException;
import dev.studybot.chat.Reply;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The console playground: slash commands from standard input, one a line, replies printed as text
 * with numbered buttons. It is a platform like Discord and Slack, with one team and one channel, and
 * it is also the gateway the daily quiz posts through when no platform is connected.
 *
 * <p>Its own commands: {@code /as <name>} switches member, {@code /role admin|member} sets the
 * member's role, {@code /press <n>} presses button n of the last reply that had buttons, {@code
 * /clock +<duration>} moves the clock, {@code /quit} ends. It works with piped input and ends at EOF.
 */
public final class ConsolePlayground implements ChatGateway {
    static final String CHANNEL = "console";
    private static final Pattern DURATION = Pattern.compile("([0-9]+)\\s*(d|h|m|s)");

    private final CommandRouter router;
    private final Map<String, CommandSpec> specs = new LinkedHashMap<>();
    private final MutableClock clock;
    private final Runnable afterClockMove;
    private final String teamId;
    private final Path pictures;
    private final PrintStream out;
    private final Map<String, Boolean> admins = new HashMap<>();
    private final AtomicInteger messageIds = new AtomicInteger();
    private final Object printLock = new Object();
    private String user;
    private List<Pressable> lastButtons = List.of();
    private String lastMessageId;

    /** A button or select option the member can press by number. */
    record Pressable(String componentId, String value, String messageId) {}

    /**
     * @param afterClockMove runs after {@code /clock} moves time (the scheduler's tick), may be null
     * @param pictures where pictures are saved
     */
    public ConsolePlayground(
            CommandRouter router,
            MutableClock clock,
            Runnable afterClockMove,
            String teamId,
            String firstUser,
            Path pictures,
            PrintStream out) {
        this.router = router;
        router.specs().forEach(spec -> specs.put(spec.name(), spec));
        this.clock = clock;
        this.afterClockMove = afterClockMove;
        this.teamId = teamId;
        this.user = firstUser;
        this.pictures = pictures;
        this.out = out;
    }

    /** The channel the playground stands for. */
    public ChannelRef channel() {
        return new ChannelRef(Platform.CONSOLE, teamId, CHANNEL);
    }

    /** Reads and runs lines until EOF or {@code /quit}. */
    public void run(BufferedReader in, boolean interactive) throws IOException {
        say(Messages.ZH, "console.welcome", user);
        while (true) {
            if (interactive) {
                synchronized (printLock) {
                    out.print(user + "> ");
                    out.flush();
                }
            }
            String line = in.readLine();
            if (line == null) {
                return;
            }
            if (!handle(line)) {
                return;
            }
        }
    }

    /** Runs one line; false when the member asked to quit. */
    public boolean handle(String rawLine) {
        String line = rawLine.strip();
        if (line.isEmpty() || line.startsWith("#")) {
            return true;
        }
        if (!line.startsWith("/")) {
            say(locale(), "console.noslash");
            return true;
        }
        String[] words = line.split("\\s+", 2);
        String argument = words.length > 1 ? words[1].strip() : "";
        switch (words[0].toLowerCase(Locale.ROOT)) {
            case "/quit", "/exit" -> {
                return false;
            }
            case "/help" -> dispatch("/studybot help");
            case "/as" -> switchUser(argument);
            case "/role" -> role(argument);
            case "/press" -> press(argument);
            case "/clock" -> moveClock(argument);
            default -> dispatch(line);
        }
        return true;
    }

    private void dispatch(String line) {
        ConsoleParser.Parsed parsed;
        try {
            parsed = ConsoleParser.parse(line, specs);
        } catch (ConsoleParser.ParseError e) {
            say(locale(), "console.quote");
            return;
        }
        if (parsed.command().isEmpty()) {
            say(locale(), "console.noslash");
            return;
        }
        Reply reply =
                router.dispatch(new CommandRequest(caller(), parsed.command(), parsed.subcommand(), parsed.options()));
        print(reply, null, false);
    }

    private void switchUser(String name) {
        if (name.isBlank() || name.length() > 40 || name.contains(":")) {
            say(locale(), "console.as.usage");
            return;
        }
        user = name;
        say(locale(), "console.as", name, isAdmin() ? say("console.role.admin") : say("console.role.member"));
    }

    private void role(String role) {
        switch (role.toLowerCase(Locale.ROOT)) {
            case "admin" -> admins.put(user, true);
            case "member" -> admins.put(user, false);
            default -> {
                say(locale(), "console.role.usage");
                return;
            }
        }
        say(locale(), "console.role", user, isAdmin() ? say("console.role.admin") : say("console.role.member"));
    }

    private void press(String argument) {
        int number;
        try {
            number = Integer.parseInt(argument.strip());
        } catch (NumberFormatException e) {
            say(locale(), "console.press.usage");
            return;
        }
        if (lastButtons.isEmpty()) {
            say(locale(), "console.press.none");
            return;
        }
        if (number < 1 || number > lastButtons.size()) {
            say(locale(), "console.press.range", lastButtons.size());
            return;
        }
        Pressable pressed = lastButtons.get(number - 1);
        List<String> values = pressed.value() == null ? List.of() : List.of(pressed.value());
        Reply reply = router.press(new ComponentRequest(caller(), pressed.componentId(), values, pressed.messageId()));
        print(reply, pressed.messageId(), false);
    }

    private void moveClock(String argument) {
        String text = argument.replace(" ", "");
        if (!text.startsWith("+") || text.length() < 3) {
            say(locale(), "console.clock.usage");
            return;
        }
        Matcher m = DURATION.matcher(text.substring(1));
        Duration amount = Duration.ZERO;
        int end = 0;
        while (m.find()) {
            if (m.start() != end) {
                say(locale(), "console.clock.usage");
                return;
            }
            long n = Long.parseLong(m.group(1));
            amount = amount.plus(
                    switch (m.group(2)) {
                        case "d" -> Duration.ofDays(n);
                        case "h" -> Duration.ofHours(n);
                        case "m" -> Duration.ofMinutes(n);
                        default -> Duration.ofSeconds(n);
                    });
            end = m.end();
        }
        if (end != text.length() - 1 || amount.isZero() || amount.compareTo(Duration.ofDays(366)) > 0) {
            say(locale(), "console.clock.usage");
            return;
        }
        clock.advance(amount);
        say(
                locale(),
                "console.clock",
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm (VV)")
                        .withZone(clock.getZone())
                        .format(clock.instant()));
        if (afterClockMove != null) {
            afterClockMove.run();
        }
    }

    private Caller caller() {
        return new Caller(Platform.CONSOLE, teamId, "console", CHANNEL, user, user, null, isAdmin());
    }

    private boolean isAdmin() {
        return admins.getOrDefault(user, true);
    }

    private Locale locale() {
        return router.localized(caller()).locale();
    }

    @Override
    public String post(ChannelRef channel, Reply reply) throws PostException {
        String id = "m" + messageIds.incrementAndGet();
        print(reply, id, true);
        lastMessageId = id;
        return id;
    }

    @Override
    public void edit(ChannelRef channel, String messageId, Reply reply) throws PostException {
        synchronized (printLock) {
            out.println(router.messages().get(locale(), "console.edited", messageId));
        }
        print(reply, messageId, true);
    }

    /** Prints a reply and makes its buttons pressable. */
    private void print(Reply reply, String messageId, boolean channelPost) {
        List<Pressable> pressables = new ArrayList<>();
        String text;
        synchronized (printLock) {
            text = ConsoleRenderer.render(reply, channelPost, router.messages(), locale(), pressables, messageId);
            out.print(text);
            for (Reply.Image image : reply.images()) {
                out.println(savePicture(image));
            }
            out.flush();
        }
        if (!pressables.isEmpty()) {
            lastButtons = pressables;
        }
    }

    private String savePicture(Reply.Image image) {
        try {
            Files.createDirectories(pictures);
            String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                    .withZone(clock.getZone())
                    .format(clock.instant());
            Path file = pictures.resolve(stamp + "-" + messageIds.incrementAndGet() + "-" + image.fileName());
            Files.write(file, image.png());
            return router.messages()
                    .get(locale(), "console.picture", file.toString(), image.alt() == null ? "" : image.alt());
        } catch (IOException e) {
            return router.messages().get(locale(), "console.picture.failed", pictures.toString(), e.getMessage());
        }
    }

    private void say(Locale locale, String key, Object... args) {
        synchronized (printLock) {
            out.println(router.messages().get(locale, key, args));
            out.flush();
        }
    }

    private String say(String key) {
        return router.messages().get(locale(), key);
    }

    /** The id of the message posted last, for tests. */
    String lastMessageId() {
        return lastMessageId;
    }
}
