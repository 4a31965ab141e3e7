package dev.studybot.discord;

import static dev.studybot.discord.DiscordTestBot.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import dev.studybot.chat.ChannelRef;
import dev.studybot.chat.ComponentRequest;
import dev.studybot.chat.Messages;
import dev.studybot.chat.Platform;
import dev.studybot.chat.PostException;
import dev.studybot.chat.Reply;
import dev.studybot.discord.fake.FakeInteraction;
import dev.studybot.discord.fake.FakeMessage;
import dev.studybot.discord.fake.RecordedCall;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * How interactions flow through the adapter: quiz-like posts and the presses on them, admin checks,
 * slow and stuck work, pictures, long replies, member options. The bot's own commands are served as
 * usual; test-only commands ({@link TestCommands}) stand in for features being built elsewhere.
 */
class DiscordInteractionFlowTest {
    /** Short clocks so slow work is deferred and stuck work given up on quickly. */
    static final DiscordTimings TIMINGS = new DiscordTimings(
            Duration.ofMillis(700), Duration.ofSeconds(3), Duration.ofMillis(500), Duration.ofSeconds(20));

    private static final TestCommands.Drill DRILL = new TestCommands.Drill();
    private static final TestCommands.Stuck STUCK = new TestCommands.Stuck();
    private static DiscordTestBot t;

    @BeforeAll
    static void start() {
        Map<String, String> topics = new LinkedHashMap<>();
        topics.put("2.1.1", "原理");
        topics.put("2.1.2", "GMP模型");
        topics.put("2.1.3", "GC");
        t = DiscordTestBot.builder()
                .timings(TIMINGS)
                .extraCommands(
                        DRILL,
                        STUCK,
                        new TestCommands.Purge(),
                        new TestCommands.TeamAdmin(),
                        new TestCommands.WhoAmI(),
                        new TestCommands.Slow(),
                        new TestCommands.SlowSuggest(),
                        new TestCommands.Chart(),
                        new TestCommands.Long(),
                        new TestCommands.Broken(),
                        new TestCommands.Picker(topics),
                        new TestCommands.Oops())
                .start();
    }

    @AfterAll
    static void stop() {
        STUCK.release.countDown();
        t.close();
    }

    private static ChannelRef quiz() {
        return new ChannelRef(Platform.DISCORD, t.guild().id(), t.quiz().id());
    }

    private static String en(String key, Object... args) {
        return t.bot().messages().get(Messages.EN, key, args);
    }

    @Test
    @DisplayName(
            "GIVEN a quiz-like post with four buttons WHEN two members answer, one twice THEN each press reaches the router as that member, privately answered, and the reveal edits the post")
    void quizPressesAndReveal() throws PostException {
        DRILL.presses.clear();
        String id = t.gateway().post(quiz(), DRILL.question("42"));
        FakeMessage post = t.discord().message(id);
        assertThat(post.ephemeral()).isFalse();
        assertThat(post.buttons()).hasSize(4);

        FakeInteraction alice = t.discord().press(t.alice(), post, "B. chan");
        FakeInteraction bobFirst = t.discord().press(t.bob(), post, "A. go");
        FakeInteraction bobAgain = t.discord().press(t.bob(), post, "C. select");

        assertThat(alice.awaitAnswer(WAIT).text()).contains("Recorded B. chan for Alice 管理员");
        assertThat(bobFirst.awaitAnswer(WAIT).text()).contains("Recorded A. go for Bob");
        assertThat(bobAgain.awaitAnswer(WAIT).text()).contains("Recorded C. select for Bob");
        for (FakeInteraction press : List.of(alice, bobFirst, bobAgain)) {
            assertThat(press.awaitAnswer(WAIT).ephemeral()).isTrue();
            assertThat(press.refusals()).isEmpty();
        }
        assertThat(DRILL.presses)
                .extracting(p -> p.caller().userId(), ComponentRequest::messageId, ComponentRequest::rawId)
                .containsExactlyInAnyOrder(
                        tuple(t.alice().id(), id, post.button("B. chan").customId()),
                        tuple(t.bob().id(), id, post.button("A. go").customId()),
                        tuple(t.bob().id(), id, post.button("C. select").customId()));
        assertThat(DRILL.presses).allSatisfy(press -> {
            assertThat(press.caller().platform()).isEqualTo(Platform.DISCORD);
            assertThat(press.caller().teamId()).isEqualTo(t.guild().id());
            assertThat(press.caller().channelId()).isEqualTo(t.quiz().id());
        });
        assertThat(post.versions()).hasSize(1);

        t.gateway().edit(quiz(), id, DRILL.reveal(Map.of("A. go", 1, "B. chan", 1, "C. select", 1)));

        assertThat(t.discord().calls("PATCH", "channels/" + t.quiz().id() + "/messages/" + id))
                .hasSize(1);
        assertThat(post.versions()).hasSize(2);
        assertThat(post.buttons()).isEmpty();
        assertThat(post.text()).contains("Answer: A. go");
        assertThat(post.embeds().get(0).path("fields")).hasSize(3);
    }

    @Test
    @DisplayName(
            "GIVEN an admin-only command WHEN a member without Manage Server runs it THEN the router refuses; an admin may")
    void adminOnlyCommand() {
        JsonNode purge = command("purge");
        assertThat(purge.path("default_member_permissions").asText()).isEqualTo("32");

        FakeMessage refused =
                t.discord().slash(t.bob(), t.general(), "purge", Map.of()).awaitAnswer(WAIT);
        FakeMessage done =
                t.discord().slash(t.alice(), t.general(), "purge", Map.of()).awaitAnswer(WAIT);

        assertThat(refused.ephemeral()).isTrue();
        assertThat(refused.text()).contains(en("error.admin.only", "/purge"));
        assertThat(done.text()).contains("purged by Alice 管理员");
    }

    @Test
    @DisplayName(
            "GIVEN a command with a member and an admin subcommand WHEN registered THEN it stays visible and the admin one is refused to members")
    void mixedSubcommands() {
        assertThat(command("teamadmin").path("default_member_permissions").isNull())
                .isTrue();

        assertThat(t.discord()
                        .slash(t.bob(), t.general(), "teamadmin", "show", Map.of())
                        .awaitAnswer(WAIT)
                        .text())
                .contains("show done");
        assertThat(t.discord()
                        .slash(t.bob(), t.general(), "teamadmin", "reset", Map.of())
                        .awaitAnswer(WAIT)
                        .text())
                .contains(en("error.admin.only", "/teamadmin reset"));
        assertThat(t.discord()
                        .slash(t.alice(), t.general(), "teamadmin", "reset", Map.of())
                        .awaitAnswer(WAIT)
                        .text())
                .contains("reset done");
    }

    @Test
    @DisplayName(
            "GIVEN members with different clients and roles WHEN they run a command THEN the core sees their guild, channel, id, name, language and rights")
    void callerAndMemberOption() {
        Map<String, String> carol = fields(t.discord()
                .slash(t.carol(), t.general(), "whoami", Map.of("member", t.bob()))
                .awaitAnswer(WAIT));
        Map<String, String> alice = fields(
                t.discord().slash(t.alice(), t.quiz(), "whoami", Map.of()).awaitAnswer(WAIT));
        Map<String, String> bob = fields(
                t.discord().slash(t.bob(), t.general(), "whoami", Map.of()).awaitAnswer(WAIT));

        assertThat(carol)
                .containsEntry("team", t.guild().id())
                .containsEntry("teamName", t.guild().name())
                .containsEntry("channel", t.general().id())
                .containsEntry("user", t.carol().id())
                .containsEntry("name", "卡罗尔")
                .containsEntry("locale", "zh")
                .containsEntry("admin", "false")
                .containsEntry("member", t.bob().id());
        assertThat(alice)
                .containsEntry("admin", "true")
                .containsEntry("channel", t.quiz().id());
        assertThat(bob)
                .containsEntry("locale", "en")
                .containsEntry("name", "Bob")
                .containsEntry("member", "-");
    }

    @Test
    @DisplayName(
            "GIVEN work slower than the deferral point WHEN it finishes THEN Discord was acknowledged in time and the answer replaces 'thinking'")
    void slowPrivateAnswer() {
        FakeInteraction slow = t.discord().slash(t.bob(), t.general(), "slow", Map.of());

        FakeMessage answer = slow.awaitAnswer(WAIT);

        assertThat(slow.callbackType()).isEqualTo(FakeInteraction.DEFERRED_CHANNEL_MESSAGE);
        assertThat(answer.text()).contains("slow answer, private");
        assertThat(answer.ephemeral()).isTrue();
        assertThat(answer.loading()).isFalse();
        assertThat(slow.refusals()).isEmpty();
    }

    @Test
    @DisplayName(
            "GIVEN slow work whose answer is public WHEN it finishes THEN the channel gets it and the private placeholder goes")
    void slowPublicAnswer() {
        FakeInteraction slow = t.discord().slash(t.bob(), t.general(), "slow", Map.of("visibility", "public"));

        FakeMessage answer = slow.awaitPublicAnswer(WAIT);
        FakeMessage placeholder = slow.awaitAnswer(WAIT);

        assertThat(answer.text()).contains("slow answer, public");
        t.discord().awaitCall(call -> call.is("DELETE", "webhooks/\\d+/[^/]+/messages/@original"), WAIT);
        assertThat(placeholder.ephemeral()).isTrue();
        assertThat(placeholder.deleted()).isTrue();
        assertThat(slow.refusals()).isEmpty();
    }

    @Test
    @DisplayName(
            "GIVEN work that never finishes WHEN the adapter gives up THEN the member is told it failed instead of waiting forever")
    void stuckWorkIsAnswered() {
        FakeInteraction stuck = t.discord().slash(t.bob(), t.general(), "stuck", Map.of());

        FakeMessage answer = stuck.awaitAnswer(WAIT);

        assertThat(answer.text()).contains(en("error.internal"));
        assertThat(answer.ephemeral()).isTrue();
        assertThat(stuck.refusals()).isEmpty();
    }

    @Test
    @DisplayName("GIVEN a feature that throws WHEN a member runs it THEN they still get the core's failure sentence")
    void brokenFeatureIsAnswered() {
        assertThat(t.discord()
                        .slash(t.bob(), t.general(), "oops", Map.of())
                        .awaitAnswer(WAIT)
                        .text())
                .contains(en("error.internal"));
    }

    @Test
    @DisplayName(
            "GIVEN a slow press whose answer replaces its message WHEN it finishes THEN the press was acknowledged and the message edited")
    void slowPressEditsItsMessage() throws PostException {
        String id = t.gateway()
                .post(
                        quiz(),
                        Reply.builder(Reply.Visibility.PUBLIC)
                                .text("flip me")
                                .buttons(List.of(DRILL.slowFlip()))
                                .build());
        FakeMessage post = t.discord().message(id);

        FakeInteraction press = t.discord().press(t.bob(), post, "flip");
        FakeMessage flipped = press.awaitAnswer(WAIT);

        assertThat(press.callbackType()).isEqualTo(FakeInteraction.DEFERRED_UPDATE_MESSAGE);
        assertThat(flipped.id()).isEqualTo(id);
        assertThat(flipped.embeds().get(0).path("title").asText()).isEqualTo("flipped by Bob");
        assertThat(flipped.buttons()).isEmpty();
        assertThat(press.refusals()).isEmpty();
    }

    @Test
    @DisplayName(
            "GIVEN a public post with a topic button WHEN a member presses it THEN their private answer comes apart and the post stays as it was")
    void privateAnswerNeverOverwritesAPublicPost() throws PostException {
        String id = t.gateway()
                .post(
                        quiz(),
                        Reply.builder(Reply.Visibility.PUBLIC)
                                .text("today's topic")
                                .buttons(List.of(
                                        new Reply.Button(t.bot().codec().encode("topic", "open", "2.1"), "Go编程进阶")))
                                .build());
        FakeMessage post = t.discord().message(id);

        FakeMessage answer = t.discord().press(t.carol(), post, "Go编程进阶").awaitAnswer(WAIT);

        assertThat(answer.id()).isNotEqualTo(id);
        assertThat(answer.ephemeral()).isTrue();
        assertThat(answer.embeds().get(0).path("title").asText()).isEqualTo("Go编程进阶");
        assertThat(post.versions()).hasSize(1);
    }

    @Test
    @DisplayName("GIVEN a select of topics WHEN the member picks one THEN the real /topic opens it in place")
    void selectOpensATopic() {
        FakeMessage picker =
                t.discord().slash(t.carol(), t.general(), "picker", Map.of()).awaitAnswer(WAIT);

        FakeInteraction pick = t.discord().select(t.carol(), picker, "2.1.2");
        FakeMessage opened = pick.awaitAnswer(WAIT);

        assertThat(opened.id()).isEqualTo(picker.id());
        assertThat(opened.embeds().get(0).path("title").asText()).isEqualTo("GMP模型");
    }

    @Test
    @DisplayName("GIVEN a reply with a picture WHEN sent THEN the PNG is attached and shown in the embed")
    void pictureIsAttached() {
        FakeInteraction chart = t.discord().slash(t.carol(), t.general(), "chart", Map.of());

        FakeMessage answer = chart.awaitPublicAnswer(WAIT);

        assertThat(answer.attachments()).containsExactly("coverage.png");
        assertThat(answer.json().path("attachments").get(0).path("content_type").asText())
                .isEqualTo("image/png");
        assertThat(answer.json().path("attachments").get(0).path("description").asText())
                .isEqualTo("coverage map");
        assertThat(answer.embeds().get(0).path("image").path("url").asText()).endsWith("/coverage.png");
        RecordedCall upload = t.discord().calls().stream()
                .filter(call ->
                        call.files().stream().anyMatch(file -> file.fileName().equals("coverage.png")))
                .reduce((first, last) -> last)
                .orElseThrow();
        assertThat(upload.files()).singleElement().satisfies(file -> assertThat(file.bytes())
                .isEqualTo(TestCommands.png()));
        assertThat(chart.refusals()).isEmpty();
    }

    @Test
    @DisplayName(
            "GIVEN a reply longer than one message WHEN sent THEN it continues in follow-ups, all private, within limits, buttons on the first")
    void longReplyContinues() {
        int pages = ReplyRenderer.render(new TestCommands.Long().execute(null)).pageCount();
        assertThat(pages).isGreaterThan(1);

        FakeInteraction longest = t.discord().slash(t.bob(), t.general(), "long", Map.of());
        List<FakeMessage> messages = longest.awaitMessages(pages, WAIT);

        assertThat(messages).hasSize(pages).allSatisfy(m -> assertThat(m.ephemeral())
                .isTrue());
        DiscordEndToEndTest.assertWithinLimits(messages);
        assertThat(messages.get(0).buttons())
                .extracting(FakeMessage.Button::label)
                .containsExactly("A. go");
        assertThat(messages.subList(1, pages))
                .allSatisfy(m -> assertThat(m.buttons()).isEmpty());
        String text = messages.stream().map(FakeMessage::text).reduce("", String::concat);
        assertThat(text).contains("Part 0", "Part 3", "第3部分的内容。");
        assertThat(longest.refusals()).isEmpty();
    }

    @Test
    @DisplayName(
            "GIVEN a reply with a button Discord would refuse WHEN sent THEN the member still reads it, with the good button")
    void refusedComponentIsLeftOut() {
        FakeMessage answer =
                t.discord().slash(t.bob(), t.general(), "broken", Map.of()).awaitAnswer(WAIT);

        assertThat(answer.text()).contains("still readable");
        assertThat(answer.buttons()).extracting(FakeMessage.Button::label).containsExactly("good");
    }

    @Test
    @DisplayName("GIVEN autocomplete slower than Discord waits WHEN a member types THEN no choices come back, in time")
    void slowAutocompleteAnswersInTime() {
        FakeInteraction typing = t.discord().autocomplete(t.bob(), t.general(), "suggest", "word", "go");

        assertThat(typing.awaitChoices(WAIT)).isEmpty();
        assertThat(typing.refusals()).isEmpty();
    }

    private static JsonNode command(String name) {
        for (JsonNode command : t.discord().awaitCommands(null, WAIT)) {
            if (command.path("name").asText().equals(name)) {
                return command;
            }
        }
        throw new AssertionError("/" + name + " is not registered");
    }

    private static Map<String, String> fields(FakeMessage message) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (JsonNode field : message.embeds().get(0).path("fields")) {
            fields.put(field.path("name").asText(), field.path("value").asText().replace("\\", ""));
        }
        return fields;
    }
}
