package dev.studybot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.studybot.app.StudyBot;
import dev.studybot.chat.ChannelRef;
import dev.studybot.chat.CommandRouter;
import dev.studybot.chat.Gateways;
import dev.studybot.chat.Platform;
import dev.studybot.chat.PostException;
import dev.studybot.chat.Reply;
import dev.studybot.slack.fake.FakeSlack;
import dev.studybot.slack.fake.SlackMessage;
import dev.studybot.slack.fake.SlackTransport;
import dev.studybot.slack.fake.SlackUser;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What a team sees of the bot on Slack, end to end through the real adapter, Bolt and the bot's
 * commands, against a fake Slack on loopback. Runs once per mode (see the subclasses).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SlackEndToEndContract {
    static final Duration TIMEOUT = SlackUser.ANSWER_TIMEOUT;
    static final String ADMIN_GROUP = "S0ADMINS";

    FakeSlack slack;
    StudyBot services;
    Recorder recorder;
    QuizLikeCommand quiz;
    CommandRouter router;
    Gateways gateways;
    SlackTestBot bot;
    SlackUser alice;
    SlackUser bob;
    SlackUser carol;

    abstract SlackSettings.Mode mode();

    @BeforeAll
    void startBot() {
        slack = FakeSlack.start();
        slack.addMember("U0ALICE", "alice", true, "zh-CN");
        slack.addMember("U0BOB", "bob", false, "en-US");
        slack.addMember("U0CAROL", "carol", false, "zh-CN");
        slack.addUsergroup(ADMIN_GROUP, "study-admins", "U0CAROL");
        services = new StudyBot(dev.studybot.TestConfigs.isolated(), Clock.systemUTC());
        recorder = new Recorder();
        quiz = new QuizLikeCommand(services.codec());
        router = TestRouters.build(services, recorder, quiz, new PictureCommand());
        // the real /quiz posts through the bot's own gateways: the adapter registers Slack's there
        gateways = services.gateways();
        bot = SlackTestBot.start(slack, mode(), ADMIN_GROUP, router, gateways, Ticker.systemTicker());
        alice = bot.user("U0ALICE", "alice");
        bob = bot.user("U0BOB", "bob");
        carol = bot.user("U0CAROL", "carol");
    }

    @AfterAll
    void stopBot() {
        if (bot != null) {
            bot.close();
        }
        if (services != null) {
            services.close();
        }
        if (slack != null) {
            slack.close();
        }
    }

    @BeforeEach
    void forget() {
        slack.clear();
        recorder.clear();
    }

    @Test
    @DisplayName(
            "GIVEN a member WHEN they run /topic epoll THEN Slack gets an ack at once and then the epoll notes, privately, in Block Kit")
    void topicEpollShowsTheNotes() {
        SlackUser.Sent sent = alice.command("/topic", "epoll");

        assertThat(sent.ack().status()).isEqualTo(200);
        SlackMessage answer = alice.answer(sent);
        assertThat(answer.ephemeral()).isTrue();
        assertThat(answer.text()).contains("epoll", "select存在的问题", "过程", "初级 › 计算机基础");
        assertThat(answer.blocksOfType("header")
                        .get(0)
                        .path("text")
                        .path("text")
                        .asText())
                .isEqualTo("epoll");
        assertThat(answer.buttons())
                .extracting(SlackMessage.Control::text)
                .contains("已完成", "学习中", "跳过", "select存在的问题", "过程");
        assertThat(answer.control("external_select").actionId()).isEqualTo("topic:search");

        Recorder.Invocation call = recorder.await("execute", 1, TIMEOUT).get(0);
        assertThat(call.command()).isEqualTo("topic");
        assertThat(call.options()).containsEntry("query", "epoll");
        assertThat(call.caller().platform()).isEqualTo(Platform.SLACK);
        assertThat(call.caller().teamId()).isEqualTo(FakeSlack.TEAM_ID);
        assertThat(call.caller().channelId()).isEqualTo("C0GENERAL");
        assertThat(call.caller().userId()).isEqualTo("U0ALICE");
        assertThat(call.caller().admin()).isTrue();
    }

    @Test
    @DisplayName(
            "GIVEN the Slack name /study-topic WHEN a member marks a topic done with status:done THEN the router gets query and status")
    void studyTopicWithOptions() {
        SlackMessage answer = alice.answer(alice.command("/study-topic", "epoll status:done"));

        assertThat(answer.text()).contains("已完成");
        Recorder.Invocation call = recorder.await("execute", 1, TIMEOUT).get(0);
        assertThat(call.options()).containsEntry("query", "epoll").containsEntry("status", "done");
    }

    @Test
    @DisplayName(
            "GIVEN /roadmap on Slack WHEN the reply points to the topic command THEN it names /study-topic, not Slack's own /topic")
    void hintsNameTheSlackCommand() {
        SlackMessage answer = bob.answer(bob.command("/roadmap", ""));

        assertThat(answer.text()).contains("Use /study-topic <keywords>").doesNotContain(" /topic");
    }

    @Test
    @DisplayName("GIVEN a member whose Slack locale is en-US WHEN they look a topic up THEN the bot answers in English")
    void englishMemberGetsEnglish() {
        SlackMessage answer = bob.answer(bob.command("/topic", "epoll"));

        assertThat(answer.text()).contains("Subtopics (2)");
        assertThat(answer.buttons()).extracting(SlackMessage.Control::text).contains("Done");
    }

    @Test
    @DisplayName(
            "GIVEN the epoll answer WHEN the member clicks a subtopic THEN the click reaches the router and the answer is replaced in place")
    void subtopicButtonReplacesTheAnswer() {
        SlackMessage epoll = alice.answer(alice.command("/topic", "epoll"));
        SlackMessage.Control button = epoll.button("select存在的问题");
        recorder.clear();

        SlackUser.Sent click = alice.press(epoll, button);

        assertThat(click.ack().status()).isEqualTo(200);
        SlackMessage answer = alice.answer(click);
        assertThat(answer.replaceOriginal()).isTrue();
        assertThat(answer.ephemeral()).isTrue();
        assertThat(answer.text()).contains("为什么每次 select 需要把监控的 fds 传输到内核里");
        Recorder.Invocation call = recorder.await("component", 1, TIMEOUT).get(0);
        assertThat(call.rawId()).isEqualTo(button.actionId());
        assertThat(call.caller().userId()).isEqualTo("U0ALICE");
    }

    @Test
    @DisplayName("GIVEN the topic search box WHEN a member types gorout THEN Slack gets goroutine topics as options")
    void blockSuggestionFindsGoroutines() {
        SlackMessage epoll = alice.answer(alice.command("/topic", "epoll"));

        SlackTransport.Ack ack = alice.suggest(epoll, "topic:search", "gorout");

        assertThat(ack.status()).isEqualTo(200);
        List<String> labels = SlackUser.optionLabels(ack);
        assertThat(labels).isNotEmpty();
        assertThat(labels)
                .anySatisfy(label -> assertThat(label.toLowerCase(Locale.ROOT)).contains("goroutine"));
        assertThat(recorder.of("autocomplete")).singleElement().satisfies(call -> {
            assertThat(call.command()).isEqualTo("topic");
            assertThat(call.options()).containsEntry("query", "gorout");
        });
    }

    @Test
    @DisplayName("GIVEN search suggestions WHEN the member picks one THEN they get that topic")
    void pickingASuggestionShowsTheTopic() {
        SlackMessage epoll = alice.answer(alice.command("/topic", "epoll"));
        SlackTransport.Ack ack = alice.suggest(epoll, "topic:search", "gorout");
        String value = ack.body().path("options").get(0).path("value").asText();
        String label =
                ack.body().path("options").get(0).path("text").path("text").asText();
        recorder.clear();

        SlackMessage answer = alice.answer(alice.pick(epoll, epoll.control("external_select"), value, label));

        String title =
                services.library().defaultRoadmap().byId(value).orElseThrow().title();
        assertThat(label).startsWith(title);
        assertThat(answer.blocksOfType("header")
                        .get(0)
                        .path("text")
                        .path("text")
                        .asText())
                .isEqualTo(title);
        assertThat(recorder.await("execute", 1, TIMEOUT).get(0).options()).containsEntry("query", value);
    }

    @Test
    @DisplayName(
            "GIVEN a quiz-like question WHEN the core posts it through the gateway THEN it lands by chat.postMessage with four buttons and its ts is the message id")
    void quizPostLandsWithFourButtons() throws Exception {
        Reply question = quiz.question("q7");

        String ts = gateway().post(channel(), question);

        FakeSlack.Call post = slack.awaitCalls("chat.postMessage", 1, TIMEOUT).get(0);
        assertThat(post.param("channel")).isEqualTo("C0QUIZ");
        SlackMessage message = post.message(ts);
        assertThat(ts).isNotBlank();
        assertThat(message.text()).contains("今日一题", "哪个内置函数");
        assertThat(message.buttons()).hasSize(4);
        assertThat(message.buttons())
                .extracting(SlackMessage.Control::actionId)
                .containsExactlyElementsOf(
                        question.buttons().stream().map(Reply.Button::id).toList());
        assertThat(post.token()).isEqualTo(FakeSlack.BOT_TOKEN);
    }

    @Test
    @DisplayName(
            "GIVEN a posted question WHEN two members answer, one of them twice THEN every press reaches the router once with the right member, each told privately")
    void answersFromTwoMembers() throws Exception {
        String ts = gateway().post(channel(), quiz.question("q8"));
        SlackMessage question =
                slack.awaitCalls("chat.postMessage", 1, TIMEOUT).get(0).message(ts);

        SlackUser.Sent a = alice.press(question, question.button("A."));
        SlackUser.Sent b1 = bob.press(question, question.button("B."));
        SlackUser.Sent b2 = bob.press(question, question.button("C."));

        assertThat(List.of(a, b1, b2))
                .allSatisfy(sent -> assertThat(sent.ack().status()).isEqualTo(200));
        assertThat(alice.answer(a).text()).contains("alice", "A. make");
        assertThat(bob.answer(b1).text()).contains("bob", "B. new");
        assertThat(bob.answer(b2).text()).contains("bob", "C. append");
        assertThat(List.of(alice.answer(a), bob.answer(b1), bob.answer(b2)))
                .allSatisfy(m -> assertThat(m.ephemeral()).isTrue())
                .allSatisfy(m -> assertThat(m.replaceOriginal()).isFalse());
        List<Recorder.Invocation> presses = recorder.await("component", 3, TIMEOUT);
        assertThat(presses).hasSize(3);
        assertThat(presses)
                .extracting(p -> p.caller().userId() + ":" + p.rawId())
                .containsExactlyInAnyOrder(
                        "U0ALICE:" + question.button("A.").actionId(),
                        "U0BOB:" + question.button("B.").actionId(),
                        "U0BOB:" + question.button("C.").actionId());
        assertThat(presses).allSatisfy(p -> assertThat(p.messageId()).isEqualTo(ts));
        assertThat(quiz.answers).containsEntry("q8/U0ALICE", "0").containsEntry("q8/U0BOB", "2");
    }

    @Test
    @DisplayName(
            "GIVEN a posted question WHEN the core reveals the answer THEN the post is edited by chat.update and has no buttons left")
    void revealEditsThePost() throws Exception {
        String ts = gateway().post(channel(), quiz.question("q9"));

        gateway().edit(channel(), ts, quiz.reveal("q9"));

        FakeSlack.Call update = slack.awaitCalls("chat.update", 1, TIMEOUT).get(0);
        assertThat(update.param("ts")).isEqualTo(ts);
        assertThat(update.param("channel")).isEqualTo("C0QUIZ");
        SlackMessage edited = update.message(ts);
        assertThat(edited.text()).contains("正确答案：A. make");
        assertThat(edited.buttons()).isEmpty();
    }

    @Test
    @DisplayName(
            "GIVEN Slack answers 429 with Retry-After WHEN the core posts the quiz THEN the post is retried after the wait and lands once")
    void rateLimitedPostLandsOnce() throws Exception {
        slack.rateLimit("chat.postMessage", 1, 1);
        long start = System.nanoTime();

        String ts = gateway().post(channel(), quiz.question("q10"));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
        assertThat(slack.calls("chat.postMessage"))
                .extracting(FakeSlack.Call::status)
                .containsExactly(429, 200);
        assertThat(slack.okCalls("chat.postMessage")).hasSize(1);
        assertThat(ts).isNotBlank();
    }

    @Test
    @DisplayName(
            "GIVEN a member who is not an admin (users.info) WHEN they run an admin-only command THEN they are refused and the command does not run")
    void nonAdminIsRefused() {
        slack.addMember("U0DAVE", "dave", false, "en-US");
        SlackUser dave = bot.user("U0DAVE", "dave");

        SlackMessage answer = dave.answer(dave.command("/quiz", "now"));

        assertThat(answer.ephemeral()).isTrue();
        assertThat(answer.text()).contains("Only admins can use /quiz now");
        assertThat(recorder.of("execute")).isEmpty();
        assertThat(slack.okCalls("users.info")).extracting(c -> c.param("user")).containsExactly("U0DAVE");
    }

    @Test
    @DisplayName(
            "GIVEN a workspace admin WHEN they schedule the quiz with positional text THEN the subcommand and its options reach the command")
    void adminSchedulesWithSubcommand() {
        SlackMessage answer = alice.answer(alice.command("/quiz", "schedule 09:30 Asia/Shanghai mon-fri"));

        assertThat(answer.ephemeral()).isTrue();
        assertThat(answer.text()).contains("本频道的每日一题已开启：09:30（Asia/Shanghai），mon-fri。");
        Recorder.Invocation call = recorder.await("execute", 1, TIMEOUT).get(0);
        assertThat(call.subcommand()).isEqualTo("schedule");
        assertThat(call.options())
                .containsEntry("time", "09:30")
                .containsEntry("zone", "Asia/Shanghai")
                .containsEntry("days", "mon-fri");
    }

    @Test
    @DisplayName(
            "GIVEN a member of the configured admin user group WHEN they run /quiz now THEN it runs: the question is posted in the channel and they are told so privately")
    void adminGroupMemberCountsAsAdmin() {
        SlackMessage answer = carol.answer(carol.command("/quiz", "now"));

        assertThat(answer.ephemeral()).isTrue();
        assertThat(answer.text()).contains("已在本频道");
        FakeSlack.Call post = slack.awaitCalls("chat.postMessage", 1, TIMEOUT).get(0);
        assertThat(post.param("channel")).isEqualTo("C0GENERAL");
        SlackMessage question = post.message(null);
        assertThat(question.text()).contains("每日一题");
        assertThat(question.buttons()).hasSize(4);
        assertThat(recorder.await("execute", 1, TIMEOUT).get(0).caller().admin())
                .isTrue();
    }

    @Test
    @DisplayName("GIVEN a command the bot does not have WHEN a member runs it THEN they are told so, privately")
    void unknownCommand() {
        SlackMessage answer = alice.answer(alice.command("/nosuch", "x"));

        assertThat(answer.ephemeral()).isTrue();
        assertThat(answer.text()).contains("没有 /nosuch 这个命令");
    }

    @Test
    @DisplayName(
            "GIVEN a command with an unclosed quote WHEN a member sends it THEN they are told how to fix it and nothing runs")
    void unclosedQuote() {
        SlackMessage answer = alice.answer(alice.command("/topic", "\"goroutine 调度"));

        assertThat(answer.text()).contains("引号没有闭合");
        assertThat(recorder.of("execute")).isEmpty();
    }

    @Test
    @DisplayName(
            "GIVEN a button id the bot did not write WHEN it is clicked THEN the member is told it was ignored and no command sees it")
    void forgedButtonIsRefused() throws Exception {
        String ts = gateway().post(channel(), quiz.question("q11"));
        SlackMessage question =
                slack.awaitCalls("chat.postMessage", 1, TIMEOUT).get(0).message(ts);
        SlackMessage.Control real = question.button("A.");
        SlackMessage.Control forged = new SlackMessage.Control(
                "button", real.actionId().substring(0, real.actionId().lastIndexOf(':') + 1) + "AAAAAAAA", "A.");

        SlackMessage answer = alice.answer(alice.press(question, forged));

        assertThat(answer.text()).contains("这个按钮不是本机器人发出的");
        assertThat(recorder.of("component")).isEmpty();
    }

    @Test
    @DisplayName(
            "GIVEN a member WHEN they run /progress (a private reply with a picture) THEN the picture goes to their DM with the bot, the answer says so, and nothing lands in the channel")
    void privatePictureGoesToTheDirectMessage() {
        SlackMessage answer = alice.answer(alice.command("/progress", ""));

        assertThat(answer.ephemeral()).isTrue();
        assertThat(answer.text()).contains("alice", "图片已通过私信发给你");
        FakeSlack.Call open = slack.okCalls("conversations.open").get(0);
        assertThat(slack.okCalls("conversations.open")).hasSize(1);
        assertThat(open.param("users")).isEqualTo("U0ALICE");
        String dm = slack.directMessage("U0ALICE").orElseThrow();
        assertThat(dm).startsWith("D");
        FakeSlack.Call complete = slack.okCalls("files.completeUploadExternal").get(0);
        assertThat(complete.param("channel_id")).isEqualTo(dm);
        assertThat(complete.param("thread_ts")).isNull();
        assertThat(slack.okCalls("files.getUploadURLExternal").get(0).param("filename"))
                .isEqualTo("progress.png");
        assertThat(slack.uploads()).singleElement().satisfies(u -> assertThat(u.bytes())
                .startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G'));
        assertNothingPublic();
    }

    @Test
    @DisplayName(
            "GIVEN Slack refuses conversations.open WHEN a member runs /progress THEN they still get the text, told the picture could not be sent, and nothing lands in the channel")
    void refusedDirectMessageStillAnswers() {
        slack.refuse("conversations.open", "missing_scope");
        try {
            SlackMessage answer = bob.answer(bob.command("/progress", ""));

            assertThat(answer.ephemeral()).isTrue();
            assertThat(answer.text()).contains("bob", "The picture could not be sent to your direct messages");
            assertThat(slack.calls("conversations.open")).singleElement().satisfies(c -> assertThat(c.param("users"))
                    .isEqualTo("U0BOB"));
            assertThat(slack.calls("files.getUploadURLExternal")).isEmpty();
            assertThat(slack.uploads()).isEmpty();
            assertNothingPublic();
        } finally {
            slack.refuse("conversations.open", null);
        }
    }

    @Test
    @DisplayName(
            "GIVEN Slack refuses to share the uploaded file WHEN a member runs /progress THEN they still get the text, told the picture could not be sent, and nothing lands in the channel")
    void refusedUploadStillAnswers() {
        slack.refuse("files.completeUploadExternal", "invalid_channel");
        try {
            SlackMessage answer = carol.answer(carol.command("/progress", ""));

            assertThat(answer.ephemeral()).isTrue();
            assertThat(answer.text()).contains("carol", "图片没能通过私信发给你");
            assertThat(slack.okCalls("conversations.open")).hasSize(1);
            assertThat(slack.calls("files.completeUploadExternal"))
                    .singleElement()
                    .satisfies(c -> assertThat(c.param("channel_id")).startsWith("D"));
            assertNothingPublic();
        } finally {
            slack.refuse("files.completeUploadExternal", null);
        }
    }

    @Test
    @DisplayName(
            "GIVEN an expired response_url WHEN a member runs /progress THEN the text comes by chat.postEphemeral, not a thread parent, and the picture by DM")
    void privatePictureWithoutResponseUrl() {
        slack.expireResponseUrls(true);
        try {
            alice.command("/progress", "");

            FakeSlack.Call ephemeral =
                    slack.awaitCalls("chat.postEphemeral", 1, TIMEOUT).get(0);
            assertThat(ephemeral.param("user")).isEqualTo("U0ALICE");
            assertThat(ephemeral.message(null).text()).contains("图片已通过私信发给你");
            assertThat(slack.okCalls("files.completeUploadExternal"))
                    .singleElement()
                    .satisfies(c -> {
                        assertThat(c.param("channel_id"))
                                .isEqualTo(slack.directMessage("U0ALICE").orElseThrow());
                        assertThat(c.param("thread_ts")).isNull();
                    });
            assertNothingPublic();
        } finally {
            slack.expireResponseUrls(false);
        }
    }

    /** No message and no file went to a channel everyone reads. */
    void assertNothingPublic() {
        assertThat(slack.calls("chat.postMessage")).isEmpty();
        assertThat(slack.calls("files.completeUploadExternal"))
                .allSatisfy(c -> assertThat(c.param("channel_id")).startsWith("D"));
        assertThat(slack.responses())
                .allSatisfy(r -> assertThat(r.message().ephemeral()).isTrue());
    }

    @Test
    @DisplayName(
            "GIVEN a public reply with a picture THEN it is posted in the channel and the picture uploaded into the channel")
    void publicPicture() {
        alice.command("/picture", "where:public");

        FakeSlack.Call post = slack.awaitCalls("chat.postMessage", 1, TIMEOUT).get(0);
        FakeSlack.Call complete =
                slack.awaitCalls("files.completeUploadExternal", 1, TIMEOUT).get(0);
        assertThat(post.param("channel")).isEqualTo("C0GENERAL");
        assertThat(post.message(null).text()).contains("初级 80%");
        assertThat(complete.param("channel_id")).isEqualTo("C0GENERAL");
        assertThat(complete.param("thread_ts")).isNull();
        assertThat(slack.uploads()).hasSize(1);
        assertThat(slack.calls("conversations.open")).isEmpty();
    }

    @Test
    @DisplayName(
            "GIVEN the response_url has expired WHEN a member runs a command THEN the answer still reaches them by chat.postEphemeral")
    void expiredResponseUrlFallsBack() {
        slack.expireResponseUrls(true);
        try {
            alice.command("/topic", "epoll");

            FakeSlack.Call ephemeral =
                    slack.awaitCalls("chat.postEphemeral", 1, TIMEOUT).get(0);
            assertThat(ephemeral.param("user")).isEqualTo("U0ALICE");
            assertThat(ephemeral.message(null).text()).contains("select存在的问题", "过程");
        } finally {
            slack.expireResponseUrls(false);
        }
    }

    @Test
    @DisplayName(
            "GIVEN Slack asks to wait longer than the adapter waits WHEN the core edits THEN it gets a rate-limit PostException with Slack's Retry-After, at once")
    void longRateLimitIsHandedUp() throws Exception {
        String ts = gateway().post(channel(), quiz.question("q12"));
        slack.rateLimit("chat.update", 1, 120);

        PostException refused =
                catchThrowableOfType(() -> gateway().edit(channel(), ts, quiz.reveal("q12")), PostException.class);

        assertThat(refused.retryAfter()).contains(Duration.ofSeconds(120));
        assertThat(refused.permanent()).isFalse();
    }

    @Test
    @DisplayName(
            "GIVEN a channel Slack does not know WHEN the core posts there THEN the post fails for good, saying why")
    void unknownChannelFailsPermanently() {
        PostException refused = catchThrowableOfType(
                () -> gateway()
                        .post(
                                new ChannelRef(Platform.SLACK, FakeSlack.TEAM_ID, FakeSlack.MISSING_CHANNEL),
                                quiz.question("q13")),
                PostException.class);

        assertThat(refused.permanent()).isTrue();
        assertThat(refused.getMessage()).contains("channel_not_found");
    }

    ChannelRef channel() {
        return new ChannelRef(Platform.SLACK, FakeSlack.TEAM_ID, "C0QUIZ");
    }

    dev.studybot.chat.ChatGateway gateway() {
        return gateways.get(Platform.SLACK).orElseThrow();
    }
}
