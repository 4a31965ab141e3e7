package dev.studybot.quiz;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.studybot.chat.Caller;
import dev.studybot.chat.Reply;
import dev.studybot.chat.UserError;
import dev.studybot.store.AnswerWrite;
import dev.studybot.store.ChannelSettings;
import dev.studybot.store.PeriodKey;
import dev.studybot.store.PointsRule;
import dev.studybot.store.Quiz;
import dev.studybot.store.QuizKind;
import dev.studybot.store.QuizState;
import dev.studybot.store.RecordResult;
import dev.studybot.store.RevealMode;
import dev.studybot.store.ReviewRule;
import dev.studybot.store.ScoreReason;
import dev.studybot.store.ScoredAnswer;
import dev.studybot.store.Streak;
import dev.studybot.store.StreakRule;
import dev.studybot.store.Team;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A member pressing an answer button: checks the button against the quiz (it exists, is this
 * channel's, the option is one of four), then records the answer with its points, the leaderboard
 * totals, the streak, the question's statistics and the member's review state in one transaction.
 * The first press counts; a second is told what they answered; a press after the close is told the
 * quiz has closed. The member hears back only once the answer is committed.
 */
public final class QuizAnswers {
    private static final Duration COMMIT_WAIT = Duration.ofSeconds(30);

    private final QuizService service;
    private final QuizStore store;
    private final QuizViews views;
    /** A daily quiz's previous posted daily quiz (what a streak continues from): fixed once the quiz is posted. */
    private final Cache<Long, Optional<Long>> previousDaily =
            Caffeine.newBuilder().maximumSize(1_000).build();

    public QuizAnswers(QuizService service) {
        this.service = Objects.requireNonNull(service, "service");
        this.store = service.store();
        this.views = service.views();
    }

    /**
     * Handles a press of {@code quiz:answer:<quizId>:<position>}.
     *
     * @param position the button pressed, 0 (A) to 3 (D), in the quiz's shuffled order
     */
    public Reply answer(Caller caller, long quizId, int position) {
        Locale locale = caller.locale();
        if (position < 0 || position >= Question.OPTIONS) {
            throw new UserError("error.component.forged");
        }
        Quiz quiz = store.quizzes().find(quizId).orElseThrow(() -> new UserError("error.component.stale"));
        ChannelSettings channel = service.channel(quiz.channelId());
        Team team = service.team(channel.teamId());
        if (!team.platform().code().equals(caller.platform().id())
                || !team.externalId().equals(caller.teamId())
                || !channel.externalId().equals(caller.channelId())) {
            throw new UserError("quiz.answer.elsewhere");
        }
        Instant now = service.clock().instant();
        if (quiz.state() == QuizState.CLOSED
                || (quiz.state() == QuizState.OPEN && quiz.closesAt() != null && !now.isBefore(quiz.closesAt()))) {
            return closed(locale);
        }
        if (quiz.state() != QuizState.OPEN || quiz.optionsOrder().size() != Question.OPTIONS) {
            throw new UserError("error.component.stale");
        }
        Question question =
                service.catalog().pool().byId(quiz.questionId()).orElseThrow(() -> new UserError("quiz.question.gone"));
        int option = quiz.optionsOrder().get(position);
        boolean correct = option == question.answer();
        long userId = store.teams().upsertUser(team.id(), caller.userId(), caller.userName());
        AnswerWrite write = new AnswerWrite(
                team.id(),
                channel.id(),
                quiz.id(),
                userId,
                option,
                correct,
                now,
                quiz.localDate(),
                quiz.roadmapId(),
                quiz.questionId(),
                Map.of(),
                PeriodKey.of(quiz.localDate()),
                quiz.kind() == QuizKind.DAILY ? streakRule(quiz, userId, correct, now) : null,
                pointsRule(correct),
                reviewRule(userId, question, correct, now));
        ScoredAnswer scored = commit(write);
        if (scored.quizClosed()) {
            return closed(locale);
        }
        if (scored.result() instanceof RecordResult.AlreadyAnswered earlier) {
            return Reply.privateNotice(
                    Reply.Tone.INFO,
                    views.text(
                            locale,
                            "quiz.answer.already",
                            QuizViews.letterOf(quiz, earlier.answer().option())));
        }
        boolean immediate = channel.quiz().revealMode() == RevealMode.IMMEDIATE;
        Reply.Builder reply = Reply.builder(Reply.Visibility.PRIVATE)
                .notice(
                        Reply.Tone.SUCCESS,
                        views.text(
                                locale,
                                immediate ? "quiz.answer.recorded.now" : "quiz.answer.recorded",
                                Question.letter(position),
                                views.when(quiz.closesAt(), channel.quiz().zone(), locale)));
        if (immediate) {
            String right = QuizViews.letterOf(quiz, question.answer()) + ". "
                    + QuizViews.option(question, question.answer(), locale);
            int points = scored.result().answer().points();
            reply.notice(
                    correct ? Reply.Tone.SUCCESS : Reply.Tone.DANGER,
                    correct
                            ? views.text(locale, "quiz.answer.right", right, points)
                            : views.text(locale, "quiz.answer.wrong", right));
            reply.text(views.text(locale, "quiz.explanation"), QuizViews.explanation(question, locale));
        }
        return reply.build();
    }

    private Reply closed(Locale locale) {
        return Reply.privateNotice(Reply.Tone.WARNING, views.text(locale, "quiz.answer.closed"));
    }

    /**
     * Waits for the commit: the member is told only what the database holds. Answers pressed at
     * the same time share one transaction and are recorded together.
     */
    private ScoredAnswer commit(AnswerWrite write) {
        return store.scores().recordAnswer(write, COMMIT_WAIT);
    }

    /**
     * A right answer continues the member's run if their last counted quiz in the channel is the
     * channel's previous posted daily quiz (a day without a quiz, or one the bot skipped, does not
     * break it; a quiz they did not answer does); a wrong answer ends the run.
     */
    private StreakRule streakRule(Quiz quiz, long userId, boolean correct, Instant at) {
        Optional<Long> previous = previousDaily.get(quiz.id(), id -> store.quizzes()
                .previousPostedDaily(quiz.channelId(), quiz.localDate())
                .map(Quiz::id));
        return current -> {
            int best = current.map(Streak::best).orElse(0);
            int run = 0;
            if (correct) {
                boolean continues = current.isPresent()
                        && current.get().current() > 0
                        && previous.isPresent()
                        && previous.get().equals(current.get().lastQuizId());
                run = continues ? current.get().current() + 1 : 1;
            }
            return new Streak(userId, quiz.channelId(), run, Math.max(best, run), quiz.id(), at);
        };
    }

    private PointsRule pointsRule(boolean correct) {
        Scoring scoring = service.defaults().scoring();
        return new PointsRule() {
            @Override
            public int rankedPlaces() {
                return scoring.firstBonuses().size();
            }

            @Override
            public Map<ScoreReason, Integer> points(int rightRank, Streak streakAfter) {
                Scoring.Points p = scoring.score(correct, rightRank, streakAfter == null ? 0 : streakAfter.current());
                Map<ScoreReason, Integer> points = new EnumMap<>(ScoreReason.class);
                if (p.base() != 0) {
                    points.put(ScoreReason.CORRECT, p.base());
                }
                if (p.first() != 0) {
                    points.put(ScoreReason.FIRST, p.first());
                }
                if (p.streak() != 0) {
                    points.put(ScoreReason.STREAK, p.streak());
                }
                return points;
            }
        };
    }

    /** The quiz answer counts as a review of the question for the member's spaced repetition. */
    static ReviewRule reviewRule(long userId, Question question, boolean correct, Instant at) {
        return current -> PracticeService.reviewed(current, userId, question, correct, at);
    }
}
