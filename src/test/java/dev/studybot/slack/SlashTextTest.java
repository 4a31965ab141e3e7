package dev.studybot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.studybot.chat.CommandSpec;
import dev.studybot.chat.OptionSpec;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SlashTextTest {
    static final CommandSpec TOPIC = CommandSpec.of(
            "topic",
            "cmd.topic",
            OptionSpec.autocompleted("query", "q", true),
            OptionSpec.choice("status", "s", false, List.of("done", "learning", "skipped")));
    static final CommandSpec QUIZ = CommandSpec.withSubcommands(
            "quiz",
            "cmd.quiz",
            CommandSpec.Subcommand.of(
                    "schedule",
                    "d",
                    true,
                    OptionSpec.text("time", "t", true),
                    OptionSpec.text("zone", "z", true),
                    OptionSpec.text("days", "d", false)),
            CommandSpec.Subcommand.of("now", "n", true));
    static final CommandSpec PROGRESS = CommandSpec.of("progress", "p", OptionSpec.member("member", "m", false));

    @Test
    @DisplayName("positional text fills the free-text option; name:value sets the others")
    void topicWithStatus() throws Exception {
        SlashText.Parsed parsed = SlashText.parse("go work status:done", TOPIC);

        assertThat(parsed.subcommand()).isNull();
        assertThat(parsed.options()).containsEntry("query", "go work").containsEntry("status", "done");
    }

    @Test
    @DisplayName("a subcommand comes first; its options take one word each in order, the last the rest")
    void quizSchedule() throws Exception {
        SlashText.Parsed parsed = SlashText.parse("schedule 09:30 Asia/Shanghai mon-fri", QUIZ);

        assertThat(parsed.subcommand()).isEqualTo("schedule");
        assertThat(parsed.options())
                .containsEntry("time", "09:30")
                .containsEntry("zone", "Asia/Shanghai")
                .containsEntry("days", "mon-fri");
    }

    @Test
    @DisplayName("named options may come in any order and mix with positional ones")
    void namedAndPositional() throws Exception {
        SlashText.Parsed parsed = SlashText.parse("schedule zone:UTC 08:00", QUIZ);

        assertThat(parsed.options()).containsEntry("zone", "UTC").containsEntry("time", "08:00");
    }

    @Test
    @DisplayName("a colon inside free text is text, not an option")
    void colonInQuery() throws Exception {
        assertThat(SlashText.parse("http:2 协议", TOPIC).options()).containsEntry("query", "http:2 协议");
    }

    @Test
    @DisplayName("quotes keep words together, and Slack's entities are undone")
    void quotesAndEntities() throws Exception {
        assertThat(SlashText.parse("\"select &amp; poll\" status:learning", TOPIC)
                        .options())
                .containsEntry("query", "select & poll")
                .containsEntry("status", "learning");
        assertThat(SlashText.parse("“goroutine 调度”", TOPIC).options()).containsEntry("query", "goroutine 调度");
    }

    @Test
    @DisplayName("an unclosed quote is a parse error")
    void unclosedQuote() {
        assertThatThrownBy(() -> SlashText.parse("\"goroutine", TOPIC)).isInstanceOf(SlashText.ParseError.class);
    }

    @Test
    @DisplayName("a member mention gives the member's id to a member option, and reads as @name elsewhere")
    void mentions() throws Exception {
        assertThat(SlashText.parse("<@U0ALICE|alice>", PROGRESS).options()).containsEntry("member", "U0ALICE");
        assertThat(SlashText.parse("member:<@U0BOB|bob>", PROGRESS).options()).containsEntry("member", "U0BOB");
        assertThat(SlashText.parse("ask <@U0ALICE|alice> about <#C123|general> <https://go.dev|go.dev>", TOPIC)
                        .options())
                .containsEntry("query", "ask @alice about #general https://go.dev");
    }

    @Test
    @DisplayName("text no option takes is handed on, so the router can say which options exist")
    void leftoverText() throws Exception {
        assertThat(SlashText.parse("now extra", QUIZ).options()).containsKey("extra");
    }

    @Test
    @DisplayName("an unknown command gets no options; empty text gives none")
    void unknownAndEmpty() throws Exception {
        assertThat(SlashText.parse("anything at all", null).options()).isEmpty();
        assertThat(SlashText.parse("", TOPIC).options()).isEmpty();
        assertThat(SlashText.parse(null, TOPIC).options()).isEmpty();
    }

    @Test
    @DisplayName("the subcommand is read in lower case")
    void subcommandCase() throws Exception {
        assertThat(SlashText.parse("NOW", QUIZ).subcommand()).isEqualTo("now");
    }
}
