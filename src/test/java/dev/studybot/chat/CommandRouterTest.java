package dev.studybot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The command router checks every request and never lets a failure reach the user raw")
class CommandRouterTest {
    private final ComponentCodec codec = new ComponentCodec("0123456789abcdef-test".getBytes(StandardCharsets.UTF_8));
    private final Messages messages = new Messages(List.of("i18n/core"));

    /** A small command with an admin subcommand, a choice option and a button. */
    private final Command echo = new Command() {
        @Override
        public CommandSpec spec() {
            return CommandSpec.withSubcommands(
                    "echo",
                    "x",
                    CommandSpec.Subcommand.of(
                            "say",
                            "x",
                            false,
                            OptionSpec.text("text", "x", true),
                            OptionSpec.choice("mood", "x", false, List.of("calm", "loud"))),
                    CommandSpec.Subcommand.of("reset", "x", true),
                    CommandSpec.Subcommand.of("boom", "x", false));
        }

        @Override
        public Reply execute(CommandRequest request) {
            return switch (request.subcommand()) {
                case "say" ->
                    Reply.builder(Reply.Visibility.PUBLIC)
                            .text(request.option("text").orElseThrow() + " in "
                                    + request.caller().locale().toLanguageTag())
                            .buttons(List.of(new Reply.Button(codec.encode("echo", "again"), "again")))
                            .build();
                case "reset" ->
                    Reply.builder(Reply.Visibility.PRIVATE).text("reset").build();
                default -> throw new IllegalStateException("boom");
            };
        }

        @Override
        public Reply onComponent(ComponentRequest request, ComponentId id) {
            return Reply.builder(Reply.Visibility.PRIVATE)
                    .text("pressed " + id.action() + " by " + request.caller().userId())
                    .build();
        }
    };

    private final CommandRouter router =
            new CommandRouter(List.of(echo), messages, codec, LocaleResolver.memberOr(Messages.ZH));

    private Caller caller(boolean admin, Locale locale) {
        return new Caller(Platform.CONSOLE, "t", "team", "c", "u1", "Ann", locale, admin);
    }

    private static String text(Reply reply) {
        return reply.blocks().stream()
                .map(b -> b instanceof Reply.Text t ? t.body() : b instanceof Reply.Notice n ? n.text() : "")
                .reduce("", String::concat);
    }

    @Test
    @DisplayName("a valid command runs, in the member's language")
    void runs() {
        Reply reply =
                router.dispatch(new CommandRequest(caller(false, Locale.US), "echo", "say", Map.of("text", "hi")));
        assertThat(text(reply)).isEqualTo("hi in en");
    }

    @Test
    @DisplayName("unknown commands, subcommands and options, a missing option and a wrong choice each get one sentence")
    void refusals() {
        assertThat(text(router.dispatch(new CommandRequest(caller(false, null), "nope", null, Map.of()))))
                .isEqualTo("没有 /nope 这个命令。输入 /studybot help 查看全部命令。");
        assertThat(text(router.dispatch(new CommandRequest(caller(false, Locale.US), "echo", null, Map.of()))))
                .isEqualTo("/echo needs a subcommand: say, reset, boom.");
        assertThat(text(router.dispatch(new CommandRequest(caller(false, Locale.US), "echo", "sing", Map.of()))))
                .isEqualTo("There is no subcommand /echo sing; the ones there are: say, reset, boom.");
        assertThat(text(router.dispatch(new CommandRequest(
                        caller(false, Locale.US), "echo", "say", Map.of("text", "a", "volume", "3")))))
                .isEqualTo("/echo say has no option volume; its options are: text, mood.");
        assertThat(text(router.dispatch(new CommandRequest(caller(false, Locale.US), "echo", "say", Map.of()))))
                .isEqualTo("/echo say needs the option text.");
        assertThat(text(router.dispatch(new CommandRequest(
                        caller(false, Locale.US), "echo", "say", Map.of("text", "a", "mood", "sad")))))
                .isEqualTo("Option mood does not take \"sad\"; pick one of: calm, loud.");
    }

    @Test
    @DisplayName("a non-admin is refused an admin subcommand; an admin runs it")
    void admin() {
        Reply refused = router.dispatch(new CommandRequest(caller(false, Locale.US), "echo", "reset", Map.of()));
        assertThat(refused.visibility()).isEqualTo(Reply.Visibility.PRIVATE);
        assertThat(text(refused))
                .isEqualTo("Only admins can use /echo reset. Ask an admin of your server or workspace.");
        assertThat(text(router.dispatch(new CommandRequest(caller(true, Locale.US), "echo", "reset", Map.of()))))
                .isEqualTo("reset");
    }

    @Test
    @DisplayName("a failing command becomes a private 'try again' sentence")
    void failure() {
        Reply reply = router.dispatch(new CommandRequest(caller(false, Locale.US), "echo", "boom", Map.of()));
        assertThat(reply.visibility()).isEqualTo(Reply.Visibility.PRIVATE);
        assertThat(text(reply)).startsWith("Something went wrong");
    }

    @Test
    @DisplayName("a real button reaches its command; a forged or stale one is refused privately")
    void components() {
        Reply posted =
                router.dispatch(new CommandRequest(caller(false, Locale.US), "echo", "say", Map.of("text", "hi")));
        String buttonId = posted.buttons().get(0).id();
        assertThat(text(router.press(new ComponentRequest(caller(false, Locale.US), buttonId, List.of(), "m1"))))
                .isEqualTo("pressed again by u1");
        assertThat(text(router.press(
                        new ComponentRequest(caller(false, Locale.US), "1:echo:again:XXXXXXXX", List.of(), "m1"))))
                .startsWith("That button was not made by this bot");
        assertThat(text(router.press(
                        new ComponentRequest(caller(false, Locale.US), "0:echo:again:XXXXXXXX", List.of(), "m1"))))
                .startsWith("That button has expired");
        assertThat(text(router.press(new ComponentRequest(caller(false, Locale.US), null, null, null))))
                .startsWith("That button was not made by this bot");
    }
}
