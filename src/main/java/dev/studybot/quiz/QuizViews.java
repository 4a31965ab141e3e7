package dev.studybot.quiz;

import dev.studybot.chat.ComponentCodec;
import dev.studybot.chat.Messages;
import dev.studybot.chat.Reply;
import dev.studybot.roadmap.Roadmap;
import dev.studybot.roadmap.Tag;
import dev.studybot.roadmap.Topic;
import dev.studybot.search.TopicSearch;
import dev.studybot.store.Quiz;
import dev.studybot.store.QuizKind;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the quiz says: the channel post with its four buttons, the reveal that replaces it, and the
 * pieces the private replies share. Every sentence comes from the {@code i18n/quiz} bundle.
 */
final class QuizViews {
    /** Discord's limit for a button label. */
    static final int MAX_LABEL = 80;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private final Messages messages;
    private final ComponentCodec codec;

    QuizViews(Messages messages, ComponentCodec codec) {
        this.messages = messages;
        this.codec = codec;
    }

    String text(Locale locale, String key, Object... args) {
        return messages.get(locale, key, args);
    }

    /** An instant as the channel reads it: {@code 11-27 09:30 (Asia/Shanghai)}. */
    String when(Instant instant, ZoneId zone, Locale locale) {
        return text(locale, "quiz.when", WHEN.format(instant.atZone(zone)), zone.getId());
    }

    /** The quiz's name: today's question with its date, or an extra one. */
    String title(Quiz quiz, Locale locale) {
        return quiz.kind() == QuizKind.DAILY
                ? text(locale, "quiz.title.daily", quiz.localDate().toString())
                : text(locale, "quiz.title.extra");
    }

    /** The public post: stem, code, four answer buttons in the quiz's shuffled order, when it closes. */
    Reply post(Quiz quiz, Question question, Roadmap roadmap, Locale locale, ZoneId zone, Instant closesAt) {
        Reply.Builder reply = Reply.builder(Reply.Visibility.PUBLIC).title(title(quiz, locale));
        header(reply, question, roadmap, locale);
        body(reply, question, locale);
        List<Reply.Button> buttons = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        boolean cut = false;
        for (int position = 0; position < Question.OPTIONS; position++) {
            String full = Question.letter(position) + ". "
                    + option(question, quiz.optionsOrder().get(position), locale);
            String label = TopicSearch.cut(full, MAX_LABEL);
            cut |= !label.equals(full);
            lines.add(full);
            buttons.add(new Reply.Button(
                    codec.encode("quiz", "answer", Long.toString(quiz.id()), Integer.toString(position)), label));
        }
        if (cut) {
            reply.text(text(locale, "quiz.options"), String.join("\n", lines));
        }
        reply.buttons(buttons);
        reply.footer(text(locale, "quiz.post.footer", when(closesAt, zone, locale)));
        return reply.build();
    }

    /** What a reveal reports about the answers. */
    record Result(int answered, int right, List<String> firstRight) {}

    /** The reveal: the right answer, why, the topic to read, and how the channel did. */
    Reply reveal(
            Quiz quiz,
            Question question,
            Roadmap roadmap,
            Locale locale,
            ZoneId zone,
            Instant closedAt,
            Result result) {
        Reply.Builder reply =
                Reply.builder(Reply.Visibility.PUBLIC).title(text(locale, "quiz.reveal.title", title(quiz, locale)));
        Optional<Topic> topic = header(reply, question, roadmap, locale);
        body(reply, question, locale);
        StringBuilder options = new StringBuilder();
        int rightPosition = quiz.optionsOrder().indexOf(question.answer());
        for (int position = 0; position < Question.OPTIONS; position++) {
            if (position > 0) {
                options.append('\n');
            }
            options.append(position == rightPosition ? "✅ " : "▫️ ")
                    .append(Question.letter(position))
                    .append(". ")
                    .append(option(question, quiz.optionsOrder().get(position), locale));
        }
        reply.text(options.toString());
        reply.notice(
                Reply.Tone.SUCCESS,
                text(
                        locale,
                        "quiz.reveal.answer",
                        Question.letter(rightPosition) + ". " + option(question, question.answer(), locale)));
        reply.text(text(locale, "quiz.explanation"), explanation(question, locale));
        reply.notice(Reply.Tone.INFO, resultLine(result, locale));
        topic.ifPresent(t -> reply.buttons(List.of(new Reply.Button(
                codec.encode("topic", "open", t.id()),
                TopicSearch.cut(text(locale, "quiz.reveal.read", t.title()), MAX_LABEL),
                Reply.Tone.SUCCESS,
                false))));
        reply.footer(text(locale, "quiz.reveal.footer", when(closedAt, zone, locale)));
        return reply.build();
    }

    /** A reveal for a quiz whose question has left the bank: the result, without the question. */
    Reply revealWithoutQuestion(Quiz quiz, Locale locale, ZoneId zone, Instant closedAt, Result result) {
        return Reply.builder(Reply.Visibility.PUBLIC)
                .title(text(locale, "quiz.reveal.title", title(quiz, locale)))
                .notice(Reply.Tone.WARNING, text(locale, "quiz.question.gone"))
                .notice(Reply.Tone.INFO, resultLine(result, locale))
                .footer(text(locale, "quiz.reveal.footer", when(closedAt, zone, locale)))
                .build();
    }

    private String resultLine(Result result, Locale locale) {
        if (result.answered() == 0) {
            return text(locale, "quiz.reveal.nobody");
        }
        long share = Math.round(100.0 * result.right() / result.answered());
        String line = text(locale, "quiz.reveal.stats", result.answered(), result.right(), share + "%");
        return line
                + (english(locale) ? " " : "")
                + (result.firstRight().isEmpty()
                        ? text(locale, "quiz.reveal.nofirst")
                        : text(
                                locale,
                                "quiz.reveal.first",
                                String.join(english(locale) ? ", " : "、", result.firstRight())));
    }

    /** Breadcrumb (the topic's path) and badges (level, must-know); the topic, if the roadmap has it. */
    Optional<Topic> header(Reply.Builder reply, Question question, Roadmap roadmap, Locale locale) {
        Optional<Topic> topic = roadmap.byId(question.topicId());
        topic.ifPresent(t -> {
            reply.breadcrumb(String.join(" › ", t.path()));
            if (t.isMustKnow()) {
                reply.badge(
                        Messages.EN.equals(Messages.supported(locale))
                                ? Tag.MUST_KNOW.english()
                                : Tag.MUST_KNOW.label());
            }
        });
        return topic;
    }

    /** The stem and the code, in the reader's language where the bank has a translation. */
    void body(Reply.Builder reply, Question question, Locale locale) {
        reply.text(stem(question, locale));
        if (question.hasCode()) {
            reply.code("go", question.code());
        }
    }

    static boolean english(Locale locale) {
        return Messages.EN.equals(Messages.supported(locale));
    }

    static String stem(Question question, Locale locale) {
        return english(locale)
                ? question.english().map(Question.Translation::stem).orElse(question.stem())
                : question.stem();
    }

    static String option(Question question, int index, Locale locale) {
        if (english(locale)
                && question.english().isPresent()
                && !question.english().get().options().isEmpty()) {
            return question.english().get().options().get(index);
        }
        return question.options().get(index);
    }

    static String explanation(Question question, Locale locale) {
        return english(locale)
                ? question.english().map(Question.Translation::explanation).orElse(question.explanation())
                : question.explanation();
    }

    /** The letter shown for an option of the question in the quiz's order: its position's letter. */
    static String letterOf(Quiz quiz, int option) {
        int position = quiz.optionsOrder().indexOf(option);
        return Question.letter(position < 0 ? option : position);
    }
}
