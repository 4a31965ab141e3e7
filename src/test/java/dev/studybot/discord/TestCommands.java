package dev.studybot.discord;

import dev.studybot.chat.AutocompleteRequest;
import dev.studybot.chat.Choice;
import dev.studybot.chat.Command;
import dev.studybot.chat.CommandRequest;
import dev.studybot.chat.CommandSpec;
import dev.studybot.chat.ComponentCodec;
import dev.studybot.chat.ComponentId;
import dev.studybot.chat.ComponentRequest;
import dev.studybot.chat.OptionSpec;
import dev.studybot.chat.Reply;
import dev.studybot.chat.UserError;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/**
 * Commands for the adapter's tests only: a quiz-like question with four answer buttons that records
 * every press, admin-only commands, slow and stuck work, pictures, long replies. They take ids and
 * return {@link Reply}s like every feature, so they go through the same router and adapter.
 */
final class TestCommands {
    private TestCommands() {}

    /** The codec of the test bot (it runs with {@link DiscordTestBot#SECRET}). */
    static ComponentCodec codec() {
        return new ComponentCodec(DiscordTestBot.SECRET.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * {@code /drill}: a daily-quiz look-alike. {@link #question} is posted through the gateway, each
     * press is recorded and answered privately, {@link #reveal} is what the post is edited to.
     */
    static final class Drill implements Command {
        static final List<String> OPTIONS = List.of("A. go", "B. chan", "C. select", "D. defer");
        final List<ComponentRequest> presses = new CopyOnWriteArrayList<>();
        private final ComponentCodec codec = codec();

        @Override
        public CommandSpec spec() {
            return CommandSpec.of("drill", "test.drill");
        }

        @Override
        public Reply execute(CommandRequest request) {
            return question("cmd");
        }

        Reply question(String quizId) {
            List<Reply.Button> buttons = new ArrayList<>();
            for (int i = 0; i < OPTIONS.size(); i++) {
                buttons.add(
                        new Reply.Button(codec.encode("drill", "answer", quizId, Integer.toString(i)), OPTIONS.get(i)));
            }
            return Reply.builder(Reply.Visibility.PUBLIC)
                    .title("今日一题 · Daily question")
                    .text("Which keyword starts a goroutine?")
                    .buttons(buttons)
                    .footer("quiz " + quizId)
                    .build();
        }

        Reply reveal(Map<String, Integer> counts) {
            List<Reply.Field> fields = new ArrayList<>();
            counts.forEach((option, count) -> fields.add(new Reply.Field(option, Integer.toString(count))));
            return Reply.builder(Reply.Visibility.PUBLIC)
                    .title("今日一题 · Daily question")
                    .text("Which keyword starts a goroutine?")
                    .notice(Reply.Tone.SUCCESS, "Answer: A. go")
                    .fields(fields)
                    .build();
        }

        /** A button whose answer replaces the message it sits on, after a while. */
        Reply.Button slowFlip() {
            return new Reply.Button(codec.encode("drill", "flip"), "flip");
        }

        @Override
        public Reply onComponent(ComponentRequest request, ComponentId id) {
            presses.add(request);
            if (id.action().equals("flip")) {
                sleep(1500);
                return Reply.builder(Reply.Visibility.PUBLIC)
                        .title("flipped by " + request.caller().userName())
                        .replaceOriginal(true)
                        .build();
            }
            String option = OPTIONS.get(Integer.parseInt(id.arg(1)));
            return Reply.privateNotice(
                    Reply.Tone.SUCCESS,
                    "Recorded " + option + " for " + request.caller().userName());
        }
    }

    /** {@code /purge}: admins only. */
    static final class Purge implements Command {
        @Override
        public CommandSpec spec() {
            return new CommandSpec("purge", "test.purge", true, List.of(), List.of());
        }

        @Override
        public Reply execute(CommandRequest request) {
            return Reply.privateNotice(
                    Reply.Tone.SUCCESS, "purged by " + request.caller().userName());
        }
    }

    /** {@code /teamadmin show|reset}: one subcommand for everyone, one for admins. */
    static final class TeamAdmin implements Command {
        @Override
        public CommandSpec spec() {
            return CommandSpec.withSubcommands(
                    "teamadmin",
                    "test.teamadmin",
                    CommandSpec.Subcommand.of("show", "test.teamadmin.show", false),
                    CommandSpec.Subcommand.of("reset", "test.teamadmin.reset", true));
        }

        @Override
        public Reply execute(CommandRequest request) {
            return Reply.privateNotice(Reply.Tone.SUCCESS, request.subcommand() + " done");
        }
    }

    /** {@code /whoami [member]}: says who the caller is and which member was picked, as the core saw them. */
    static final class WhoAmI implements Command {
        @Override
        public CommandSpec spec() {
            return CommandSpec.of("whoami", "test.whoami", OptionSpec.member("member", "test.whoami.member", false));
        }

        @Override
        public Reply execute(CommandRequest request) {
            var caller = request.caller();
            return Reply.builder(Reply.Visibility.PRIVATE)
                    .fields(List.of(
                            new Reply.Field("team", caller.teamId()),
                            new Reply.Field("teamName", caller.teamName()),
                            new Reply.Field("channel", caller.channelId()),
                            new Reply.Field("user", caller.userId()),
                            new Reply.Field("name", caller.userName()),
                            new Reply.Field("locale", String.valueOf(caller.locale())),
                            new Reply.Field("admin", Boolean.toString(caller.admin())),
                            new Reply.Field("member", request.option("member").orElse("-"))))
                    .build();
        }
    }

    /** {@code /slow [public]}: takes a while, then answers (privately, or publicly). */
    static final class Slow implements Command {
        @Override
        public CommandSpec spec() {
            return CommandSpec.of(
                    "slow",
                    "test.slow",
                    OptionSpec.choice("visibility", "test.slow.visibility", false, List.of("private", "public")));
        }

        @Override
        public Reply execute(CommandRequest request) {
            sleep(1500);
            boolean isPublic = request.option("visibility").orElse("private").equals("public");
            return Reply.builder(isPublic ? Reply.Visibility.PUBLIC : Reply.Visibility.PRIVATE)
                    .text("slow answer, " + (isPublic ? "public" : "private"))
                    .build();
        }
    }

    /** {@code /suggest <word>}: autocomplete that takes too long. */
    static final class SlowSuggest implements Command {
        @Override
        public CommandSpec spec() {
            return CommandSpec.of(
                    "suggest", "test.suggest", OptionSpec.autocompleted("word", "test.suggest.word", true));
        }

        @Override
        public Reply execute(CommandRequest request) {
            return Reply.privateNotice(Reply.Tone.INFO, request.option("word").orElse(""));
        }

        @Override
        public List<Choice> autocomplete(AutocompleteRequest request) {
            sleep(2500);
            return List.of(new Choice("too late", "late"));
        }
    }

    /** {@code /stuck}: never finishes until the test lets it. */
    static final class Stuck implements Command {
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public CommandSpec spec() {
            return CommandSpec.of("stuck", "test.stuck");
        }

        @Override
        public Reply execute(CommandRequest request) {
            try {
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Reply.privateNotice(Reply.Tone.INFO, "too late");
        }
    }

    /** {@code /chart}: a public reply with a picture. */
    static final class Chart implements Command {
        @Override
        public CommandSpec spec() {
            return CommandSpec.of("chart", "test.chart");
        }

        @Override
        public Reply execute(CommandRequest request) {
            return Reply.builder(Reply.Visibility.PUBLIC)
                    .title("团队覆盖 · coverage")
                    .text("2 of 5 sections covered")
                    .image(new Reply.Image("coverage.png", png(), "coverage map"))
                    .build();
        }
    }

    /** {@code /long}: more than one message holds, with one button. */
    static final class Long implements Command {
        @Override
        public CommandSpec spec() {
            return CommandSpec.of("long", "test.long");
        }

        @Override
        public Reply execute(CommandRequest request) {
            Reply.Builder reply = Reply.builder(Reply.Visibility.PRIVATE).title("长文 · long");
            for (int i = 0; i < 4; i++) {
                reply.text("Part " + i, ("第" + i + "部分的内容。").repeat(450));
                reply.code("go", ("fmt.Println(" + i + ")\n").repeat(120));
            }
            reply.buttons(List.of(new Reply.Button(codec().encode("drill", "answer", "long", "0"), "A. go")));
            return reply.build();
        }
    }

    /** {@code /broken}: a reply with a button whose id Discord would refuse, beside good content. */
    static final class Broken implements Command {
        @Override
        public CommandSpec spec() {
            return CommandSpec.of("broken", "test.broken");
        }

        @Override
        public Reply execute(CommandRequest request) {
            return Reply.builder(Reply.Visibility.PRIVATE)
                    .text("still readable")
                    .buttons(List.of(
                            new Reply.Button("z".repeat(140), "bad"),
                            new Reply.Button(codec().encode("drill", "answer", "b", "0"), "good")))
                    .build();
        }
    }

    /** {@code /picker}: a select of topics whose pick the real /topic command opens. */
    static final class Picker implements Command {
        private final List<Reply.Option> topics;

        /** @param topics topic ids and titles to offer */
        Picker(Map<String, String> topics) {
            this.topics = topics.entrySet().stream()
                    .map(e -> new Reply.Option(e.getValue(), e.getKey(), null))
                    .toList();
        }

        @Override
        public CommandSpec spec() {
            return CommandSpec.of("picker", "test.picker");
        }

        @Override
        public Reply execute(CommandRequest request) {
            return Reply.builder(Reply.Visibility.PRIVATE)
                    .text("pick a topic")
                    .select(new Reply.Select(codec().encode("topic", "pick"), "pick one", topics))
                    .build();
        }
    }

    /** {@code /oops}: a feature that fails with a user error. */
    static final class Oops implements Command {
        @Override
        public CommandSpec spec() {
            return CommandSpec.of("oops", "test.oops");
        }

        @Override
        public Reply execute(CommandRequest request) {
            throw new IllegalStateException("feature bug");
        }

        @Override
        public Reply onComponent(ComponentRequest request, ComponentId id) {
            throw new UserError("error.component.unknown");
        }
    }

    static byte[] png() {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0x5865F2);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
