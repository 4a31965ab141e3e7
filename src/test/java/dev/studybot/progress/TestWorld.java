package dev.studybot.progress;

import dev.studybot.roadmap.OutlineParser;
import dev.studybot.roadmap.Roadmap;
import dev.studybot.roadmap.RoadmapFormatException;
import dev.studybot.store.AnswerRepository;
import dev.studybot.store.AnswerWrite;
import dev.studybot.store.ChannelSettings;
import dev.studybot.store.Database;
import dev.studybot.store.MutableClock;
import dev.studybot.store.PeriodKey;
import dev.studybot.store.Platform;
import dev.studybot.store.PracticeAttempt;
import dev.studybot.store.QuestionPick;
import dev.studybot.store.Quiz;
import dev.studybot.store.QuizRepository;
import dev.studybot.store.QuizSettings;
import dev.studybot.store.RevealMode;
import dev.studybot.store.ScoreReason;
import dev.studybot.store.ScoreRepository;
import dev.studybot.store.ScoredAnswer;
import dev.studybot.store.Streak;
import dev.studybot.store.Team;
import dev.studybot.store.TeamRepository;
import dev.studybot.store.TopicStatus;
import dev.studybot.store.TopicStatusRepository;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What progress and leaderboard tests build on: teams, members, quiz channels, quizzes, answers
 * written the way the quiz writes them ({@link ScoreRepository#recordAnswer}), practice attempts and
 * topic marks, all through the store's public API. Every call makes new rows, so tests sharing a
 * database stay apart; {@link #MINI} is a small roadmap whose counts are easy to check by hand.
 */
public final class TestWorld {
    private static final AtomicLong NEXT = new AtomicLong(System.nanoTime() % 1_000_000);

    /**
     * Two levels. Study units (must-know, nothing must-know below): 1.1.1 网络, 1.1.2 操作系统, 1.1.3
     * 数据库, 1.2.1 语法, 1.2.2 并发, 2.1.1 GMP. Section sizes: 1.1 nine topics, 1.2 three, 2.1
     * three, 2.2 two; level 1 thirteen, level 2 six.
     */
    public static final String MINI_OUTLINE = String.join(
            "\n",
            "1.初级",
            "\t1.计算机基础(必会)",
            "\t\t1.网络(必会)",
            "\t\t\t1.TCP",
            "\t\t\t2.UDP",
            "\t\t2.操作系统(必会)",
            "\t\t\t1.进程",
            "\t\t\t2.epoll",
            "\t\t3.数据库(必会)",
            "\t\t4.杂谈",
            "\t2.Go基础(必会)",
            "\t\t1.语法(必会)",
            "\t\t2.并发(必会)",
            "2.高级",
            "\t1.进阶(必会)",
            "\t\t1.GMP(必会)",
            "\t\t2.调度",
            "\t2.中间件(推荐)",
            "\t\t1.Kafka",
            "");

    public static final Roadmap MINI = parse("mini", MINI_OUTLINE);

    public final Database db;
    public final MutableClock clock;
    public final TeamRepository teams;
    public final QuizRepository quizzes;
    public final ScoreRepository scores;
    public final AnswerRepository answers;
    public final TopicStatusRepository statuses;

    public TestWorld(Database db, MutableClock clock) {
        this.db = db;
        this.clock = clock;
        this.teams = new TeamRepository(db);
        this.quizzes = new QuizRepository(db);
        this.scores = new ScoreRepository(db);
        this.answers = new AnswerRepository(db);
        this.statuses = new TopicStatusRepository(db);
    }

    public static Roadmap parse(String id, String outline) {
        try {
            return new OutlineParser().parse(id, id + ".txt", outline.getBytes(StandardCharsets.UTF_8));
        } catch (RoadmapFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String unique(String prefix) {
        return prefix + "-" + NEXT.incrementAndGet();
    }

    /** A new Discord team called {@code name}. */
    public Team team(String name) {
        return teams.upsertTeam(Platform.DISCORD, unique("guild"), name);
    }

    /** A new member of the team called {@code name}. */
    public MemberRef member(Team team, String name) {
        long id = teams.upsertUser(team.id(), unique("user"), name);
        return new MemberRef(team.id(), id, name);
    }

    /** A new channel of the team with the daily quiz on, in the zone. */
    public ChannelSettings quizChannel(Team team, ZoneId zone) {
        ChannelSettings channel = teams.upsertChannel(team.id(), unique("channel"), "quiz");
        return teams.updateQuizSettings(
                        channel.id(),
                        new QuizSettings(
                                true,
                                LocalTime.of(9, 30),
                                zone,
                                EnumSet.allOf(DayOfWeek.class),
                                1,
                                4,
                                480,
                                RevealMode.CLOSE))
                .orElseThrow();
    }

    /** The channel's daily quiz of {@code date} on a question of the topic, posted and open now. */
    public Quiz daily(ChannelSettings channel, LocalDate date, String roadmapId, String topicId) {
        QuestionPick pick = new QuestionPick(roadmapId, unique("q"), topicId, List.of(0, 1, 2, 3));
        Instant now = clock.instant();
        Quiz quiz = quizzes.claimDaily(channel.id(), date, pick, "test", now, Duration.ofMinutes(5))
                .quiz();
        quizzes.markPosted(quiz.id(), "test", "msg-" + quiz.id(), now, now.plus(Duration.ofHours(8)));
        return quizzes.find(quiz.id()).orElseThrow();
    }

    /** An extra quiz on a question of the topic, posted and open now. */
    public Quiz extra(ChannelSettings channel, LocalDate date, String roadmapId, String topicId) {
        QuestionPick pick = new QuestionPick(roadmapId, unique("q"), topicId, List.of(0, 1, 2, 3));
        Instant now = clock.instant();
        Quiz quiz = quizzes.createExtra(channel.id(), date, pick, "test", now, Duration.ofMinutes(5));
        quizzes.markPosted(quiz.id(), "test", "msg-" + quiz.id(), now, now.plus(Duration.ofHours(8)));
        return quizzes.find(quiz.id()).orElseThrow();
    }

    /**
     * Records an answer as the quiz does: 10 points when right (plus {@code bonus}), totals for the
     * week, month and all time of the quiz's local date, and the streak (one more when right, 0 when
     * wrong).
     */
    public ScoredAnswer answer(Quiz quiz, MemberRef member, boolean correct, Instant at, int bonus) {
        Map<ScoreReason, Integer> points = !correct
                ? Map.of()
                : bonus > 0
                        ? Map.of(ScoreReason.CORRECT, 10, ScoreReason.FIRST, bonus)
                        : Map.of(ScoreReason.CORRECT, 10);
        return scores.recordAnswer(new AnswerWrite(
                member.teamId(),
                quiz.channelId(),
                quiz.id(),
                member.userId(),
                correct ? 0 : 1,
                correct,
                at,
                quiz.localDate(),
                quiz.roadmapId(),
                quiz.questionId(),
                points,
                PeriodKey.of(quiz.localDate()),
                current -> {
                    int run = correct ? current.map(Streak::current).orElse(0) + 1 : 0;
                    return new Streak(
                            member.userId(),
                            quiz.channelId(),
                            run,
                            Math.max(run, current.map(Streak::best).orElse(0)),
                            quiz.id(),
                            at);
                }));
    }

    /** An answer to an extra quiz on the topic (a new quiz each time), given at {@code at}. */
    public void quizAnswer(ChannelSettings channel, MemberRef member, String topicId, boolean correct, Instant at) {
        Quiz quiz = extra(channel, LocalDate.ofInstant(at, channel.quiz().zone()), MINI.id(), topicId);
        answer(quiz, member, correct, at, 0);
    }

    /** A practice attempt on a question of the topic. */
    public void practice(MemberRef member, String roadmapId, String topicId, boolean correct, Instant at) {
        answers.addPractice(new PracticeAttempt(0, member.userId(), roadmapId, unique("q"), topicId, correct, at));
    }

    /** Sets the member's status for the topic, stamped with the clock's now. */
    public void mark(MemberRef member, String roadmapId, String topicId, TopicStatus status) {
        statuses.setStatus(member.userId(), roadmapId, topicId, status);
    }
}
