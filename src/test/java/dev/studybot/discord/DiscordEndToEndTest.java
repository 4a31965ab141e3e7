package dev.studybot.discord;

import static dev.studybot.discord.DiscordTestBot.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import dev.studybot.chat.ChannelRef;
import dev.studybot.chat.CommandSpec;
import dev.studybot.chat.Messages;
import dev.studybot.chat.OptionSpec;
import dev.studybot.chat.Platform;
import dev.studybot.chat.PostException;
import dev.studybot.chat.Reply;
import dev.studybot.discord.fake.FakeInteraction;
import dev.studybot.discord.fake.FakeMessage;
import dev.studybot.discord.fake.RecordedCall;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The real bot wiring ({@code StudyBot}, its router and commands) on Discord through the adapter,
 * against the fake Discord on loopback: what a member sees, and what Discord is sent.
 */
class DiscordEndToEndTest {
    private static DiscordTestBot t;
    private static ListAppender<ILoggingEvent> logs;

    @BeforeAll
    static void start() {
        logs = new ListAppender<>();
        logs.start();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(logs);
        t = DiscordTestBot.start();
    }

    @AfterAll
    static void stop() {
        String token = t.discord().token();
        t.close();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(logs);
        // the token never reaches a log, not even inside an exception
        for (ILoggingEvent event : logs.list) {
            assertThat(event.getFormattedMessage()).doesNotContain(token);
            if (event.getThrowableProxy() != null) {
                assertThat(ThrowableProxyUtil.asString(event.getThrowableProxy()))
                        .doesNotContain(token);
            }
        }
        assertThat(logs.list).isNotEmpty();
    }

    private static ChannelRef quizChannel() {
        return new ChannelRef(Platform.DISCORD, t.guild().id(), t.quiz().id());
    }

    @Test
    @DisplayName(
            "GIVEN the bot starts WHEN it connects THEN it asks for no privileged intent, speaks JSON and sends the token only to Discord")
    void connectsLikeABot() {
        assertThat(t.discord().identifies()).isNotEmpty().allSatisfy(identify -> {
            assertThat(identify.intents() & ((1 << 1) | (1 << 8) | (1 << 15))).isZero();
            assertThat(identify.query())
                    .contains("encoding=json")
                    .contains("v=10")
                    .doesNotContain("compress");
        });
        assertThat(t.discord().calls("GET", "users/@me").get(0).authorized()).isTrue();
    }

    @Test
    @DisplayName(
            "GIVEN the router's commands WHEN the bot is ready THEN each is registered with zh-CN and en-US names and descriptions")
    void registersCommandsWithBothLanguages() {
        JsonNode registered = t.discord().awaitCommands(null, WAIT);
        Messages messages = t.bot().messages();
        List<CommandSpec> specs = t.router().specs();

        assertThat(registered).hasSize(specs.size());
        for (CommandSpec spec : specs) {
            JsonNode command = find(registered, spec.name());
            assertThat(command.path("name_localizations").path("zh-CN").asText())
                    .isEqualTo(spec.name());
            assertThat(command.path("name_localizations").path("en-US").asText())
                    .isEqualTo(spec.name());
            assertThat(command.path("description_localizations").path("zh-CN").asText())
                    .isEqualTo(messages.get(Messages.ZH, spec.descriptionKey()));
            assertThat(command.path("description_localizations").path("en-US").asText())
                    .isEqualTo(messages.get(Messages.EN, spec.descriptionKey()));
            assertThat(command.path("contexts")).extracting(JsonNode::asInt).containsExactly(0);
            for (OptionSpec option : spec.options()) {
                JsonNode registeredOption = find(command.path("options"), option.name());
                assertThat(registeredOption
                                .path("description_localizations")
                                .path("en-US")
                                .asText())
                        .isEqualTo(messages.get(Messages.EN, option.descriptionKey()));
            }
        }
        JsonNode query = find(find(registered, "topic").path("options"), "query");
        assertThat(query.path("autocomplete").asBoolean()).isTrue();
        assertThat(query.path("required").asBoolean()).isTrue();
        assertThat(find(find(registered, "topic").path("options"), "status").path("choices"))
                .hasSize(3);
    }

    @Test
    @DisplayName(
            "GIVEN a member types /topic epoll WHEN the bot answers THEN they alone see an embed with epoll's path, notes and buttons")
    void topicEpoll() {
        FakeInteraction topic = t.discord().slash(t.carol(), t.general(), "topic", Map.of("query", "epoll"));

        FakeMessage reply = topic.awaitAnswer(WAIT);

        assertThat(reply.ephemeral()).isTrue();
        JsonNode embed = reply.embeds().get(0);
        assertThat(embed.path("title").asText()).isEqualTo("epoll");
        assertThat(embed.path("author").path("name").asText()).contains("多路复用 IO");
        assertThat(reply.text()).contains("select存在的问题", "过程", "epoll 主要就是基于上面两点做了优化");
        assertThat(reply.buttons())
                .extracting(FakeMessage.Button::label)
                .contains("已完成", "学习中", "跳过", "select存在的问题", "过程");
        assertThat(topic.refusals()).isEmpty();
    }

    @Test
    @DisplayName("GIVEN a member whose Discord is in English WHEN they ask THEN the bot answers in English")
    void answersInTheMembersLanguage() {
        FakeInteraction topic = t.discord().slash(t.bob(), t.general(), "topic", Map.of("query", "epoll"));

        FakeMessage reply = topic.awaitAnswer(WAIT);

        assertThat(reply.buttons()).extracting(FakeMessage.Button::label).contains("Done", "Learning", "Skip");
    }

    @Test
    @DisplayName(
            "GIVEN a member types 'gorout' WHEN Discord asks for choices THEN goroutine topics are offered in time")
    void autocompleteGorout() {
        FakeInteraction typing = t.discord().autocomplete(t.bob(), t.general(), "topic", "query", "gorout");

        List<FakeInteraction.Choice> choices = typing.awaitChoices(WAIT);

        assertThat(choices).isNotEmpty().hasSizeLessThanOrEqualTo(25);
        assertThat(choices).extracting(FakeInteraction.Choice::name).anyMatch(name -> name.startsWith("goroutine"));
        assertThat(choices).allSatisfy(choice -> {
            assertThat(choice.name()).hasSizeLessThanOrEqualTo(100);
            assertThat(choice.value()).matches("[0-9u.]+");
        });
        assertThat(typing.refusals()).isEmpty();
    }

    @Test
    @DisplayName(
            "GIVEN epoll's answer WHEN the member presses a subtopic button THEN that message turns into the subtopic")
    void pressingASubtopicOpensIt() {
        FakeMessage epoll = t.discord()
                .slash(t.carol(), t.general(), "topic", Map.of("query", "epoll"))
                .awaitAnswer(WAIT);

        FakeInteraction press = t.discord().press(t.carol(), epoll, "select存在的问题");
        FakeMessage opened = press.awaitAnswer(WAIT);

        assertThat(press.callbackType()).isIn(FakeInteraction.UPDATE_MESSAGE, FakeInteraction.DEFERRED_UPDATE_MESSAGE);
        assertThat(opened.id()).isEqualTo(epoll.id());
        assertThat(opened.embeds().get(0).path("title").asText()).isEqualTo("select存在的问题");
        assertThat(opened.embeds().get(0).path("author").path("name").asText()).endsWith("epoll");
        assertThat(opened.versions()).hasSize(2);
        assertThat(press.refusals()).isEmpty();
    }

    @Test
    @DisplayName("GIVEN a button the bot never made WHEN a member presses it THEN they alone are told it was refused")
    void forgedButtonIsRefused() {
        FakeMessage old =
                t.discord().seedBotMessage(t.general(), "an old message", List.of("1:topic:open:1.1:AAAAAAAA"));

        FakeInteraction press = t.discord().press(t.bob(), old, "Option 1");
        FakeMessage refusal = press.awaitAnswer(WAIT);

        assertThat(refusal.ephemeral()).isTrue();
        assertThat(refusal.id()).isNotEqualTo(old.id());
        assertThat(refusal.text()).contains(t.bot().messages().get(Messages.EN, "error.component.forged"));
        assertThat(old.versions()).hasSize(1);
    }

    @Test
    @DisplayName(
            "GIVEN the longest topic (the chan send source) WHEN shown THEN it arrives whole within Discord's limits, code in one ```go fence")
    void longestTopicFits() {
        FakeInteraction topic = t.discord().slash(t.carol(), t.general(), "topic", Map.of("query", "2.1.1.2.u1"));

        List<FakeMessage> messages = topic.awaitMessages(1, WAIT);

        assertWithinLimits(messages);
        String text = messages.stream().map(FakeMessage::text).reduce("", String::concat);
        assertThat(text).contains("```go\n// 如果 channel 是 nil").contains("releaseSudog(mysg)\n    return true\n```");
        assertThat(topic.refusals()).isEmpty();
    }

    @Test
    @DisplayName(
            "GIVEN a quiz-like post WHEN the core posts and later edits it THEN the channel shows four buttons, then the edit")
    void postsAndEditsThroughTheGateway() throws PostException {
        Reply question = Reply.builder(Reply.Visibility.PUBLIC)
                .title("今日一题")
                .text("Which keyword starts a goroutine?")
                .buttons(List.of(
                        new Reply.Button(t.bot().codec().encode("topic", "open", "2.1"), "A. go"),
                        new Reply.Button(t.bot().codec().encode("topic", "open", "2.2"), "B. chan"),
                        new Reply.Button(t.bot().codec().encode("topic", "open", "2.3"), "C. select"),
                        new Reply.Button(t.bot().codec().encode("topic", "open", "2.4"), "D. defer")))
                .build();

        String id = t.gateway().post(quizChannel(), question);

        FakeMessage post = t.discord().message(id);
        assertThat(post.channelId()).isEqualTo(t.quiz().id());
        assertThat(post.ephemeral()).isFalse();
        assertThat(post.buttons())
                .extracting(FakeMessage.Button::label)
                .containsExactly("A. go", "B. chan", "C. select", "D. defer");

        t.gateway().edit(quizChannel(), id, question.withoutRows());

        assertThat(t.discord().calls("PATCH", "channels/" + t.quiz().id() + "/messages/" + id))
                .hasSize(1);
        assertThat(post.versions()).hasSize(2);
        assertThat(post.buttons()).isEmpty();
        assertThat(post.text()).contains("Which keyword starts a goroutine?");
    }

    @Test
    @DisplayName(
            "GIVEN Discord rate-limits a channel post once WHEN the core posts THEN JDA waits, retries and the post lands once")
    void rateLimitedPostLandsOnce() throws PostException {
        String path = "channels/" + t.quiz().id() + "/messages";
        int before = t.discord().messagesIn(t.quiz()).size();
        int attemptsBefore = t.discord().calls("POST", path).size();
        t.discord().rateLimitOnce("POST", path, 0.4);

        String id = t.gateway()
                .post(
                        quizChannel(),
                        Reply.builder(Reply.Visibility.PUBLIC)
                                .text("after the limit")
                                .build());

        List<RecordedCall> attempts = t.discord().calls("POST", path);
        assertThat(attempts.subList(attemptsBefore, attempts.size()))
                .extracting(RecordedCall::status)
                .containsExactly(429, 200);
        assertThat(t.discord().messagesIn(t.quiz())).hasSize(before + 1);
        assertThat(t.discord().message(id).text()).contains("after the limit");
    }

    @Test
    @DisplayName(
            "GIVEN Discord fails a post with a server error once WHEN the core posts THEN JDA retries and it lands")
    void serverErrorIsRetried() throws PostException {
        String path = "channels/" + t.quiz().id() + "/messages";
        t.discord().failOnce("POST", path, 502, 0, "502: Bad Gateway");

        String id = t.gateway()
                .post(
                        quizChannel(),
                        Reply.builder(Reply.Visibility.PUBLIC)
                                .text("after a 502")
                                .build());

        assertThat(t.discord().message(id).text()).contains("after a 502");
    }

    @Test
    @DisplayName(
            "GIVEN posts Discord refuses WHEN the core posts or edits THEN it gets a permanent failure to report, not a crash")
    void refusedPostsAreReported() {
        Reply reply = Reply.builder(Reply.Visibility.PUBLIC).text("x").build();

        PostException unknownChannel = catchThrowableOfType(PostException.class, () -> t.gateway()
                .post(new ChannelRef(Platform.DISCORD, t.guild().id(), "123456789"), reply));
        assertThat(unknownChannel.permanent()).isTrue();

        String path = "channels/" + t.quiz().id() + "/messages";
        t.discord().failOnce("POST", path, 403, 50001, "Missing Access");
        PostException noAccess =
                catchThrowableOfType(PostException.class, () -> t.gateway().post(quizChannel(), reply));
        assertThat(noAccess.permanent()).isTrue();
        assertThat(noAccess.getMessage()).contains("50001");

        PostException unknownMessage = catchThrowableOfType(
                PostException.class, () -> t.gateway().edit(quizChannel(), "1234567890123", reply));
        assertThat(unknownMessage.permanent()).isTrue();

        ChannelRef announcements = new ChannelRef(
                Platform.DISCORD,
                t.guild().id(),
                t.guild().channel("announcements").id());
        PostException readOnly =
                catchThrowableOfType(PostException.class, () -> t.gateway().post(announcements, reply));
        assertThat(readOnly.permanent()).isTrue();
        assertThat(readOnly.getMessage()).contains("lacks");

        assertThatThrownBy(() -> t.gateway()
                        .post(new ChannelRef(Platform.DISCORD, "999", t.quiz().id()), reply))
                .isInstanceOf(PostException.class)
                .hasMessageContaining("another server");
        assertThatThrownBy(() -> t.gateway().post(new ChannelRef(Platform.SLACK, "T1", "C1"), reply))
                .isInstanceOf(PostException.class);
    }

    static void assertWithinLimits(List<FakeMessage> messages) {
        Pattern fence = Pattern.compile("```");
        for (FakeMessage message : messages) {
            List<JsonNode> embeds = message.embeds();
            assertThat(embeds).hasSizeBetween(1, 10);
            int total = 0;
            for (JsonNode embed : embeds) {
                String description = embed.path("description").asText("");
                assertThat(description.length()).isLessThanOrEqualTo(4096);
                assertThat(fence.matcher(description).results().count() % 2).isZero();
                assertThat(embed.path("fields").size()).isLessThanOrEqualTo(25);
                total += embed.path("title").asText("").length()
                        + description.length()
                        + embed.path("author").path("name").asText("").length()
                        + embed.path("footer").path("text").asText("").length();
                for (JsonNode field : embed.path("fields")) {
                    assertThat(field.path("value").asText().length()).isLessThanOrEqualTo(1024);
                    total += field.path("name").asText().length()
                            + field.path("value").asText().length();
                }
            }
            assertThat(total).isLessThanOrEqualTo(6000);
        }
    }

    private static JsonNode find(JsonNode list, String name) {
        List<String> names = new ArrayList<>();
        for (JsonNode item : list) {
            if (item.path("name").asText().equals(name)) {
                return item;
            }
            names.add(item.path("name").asText());
        }
        throw new AssertionError("no " + name + " among " + names);
    }
}
