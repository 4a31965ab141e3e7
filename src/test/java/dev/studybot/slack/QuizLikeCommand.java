package dev.studybot.slack;

import dev.studybot.chat.Command;
import dev.studybot.chat.CommandRequest;
import dev.studybot.chat.CommandSpec;
import dev.studybot.chat.ComponentCodec;
import dev.studybot.chat.ComponentId;
import dev.studybot.chat.ComponentRequest;
import dev.studybot.chat.OptionSpec;
import dev.studybot.chat.Reply;
import dev.studybot.chat.UserError;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A quiz-like post for testing the adapter's rendering of what the core posts on its own: a public
 * question with four answer buttons, a private "recorded" for each answer, and a reveal without
 * buttons. Its command is {@code /quizlike}, beside the real {@code /quiz}.
 */
final class QuizLikeCommand implements Command {
    static final List<String> LABELS = List.of("A. make", "B. new", "C. append", "D. copy");

    private final ComponentCodec codec;
    /** quiz id + member → the last option they picked. */
    final Map<String, String> answers = new ConcurrentHashMap<>();

    QuizLikeCommand(ComponentCodec codec) {
        this.codec = codec;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.withSubcommands(
                "quizlike",
                "cmd.quiz",
                CommandSpec.Subcommand.of("now", "cmd.quiz.now", true),
                CommandSpec.Subcommand.of(
                        "schedule",
                        "cmd.quiz.schedule",
                        true,
                        OptionSpec.text("time", "cmd.quiz.time", true),
                        OptionSpec.text("zone", "cmd.quiz.zone", true),
                        OptionSpec.text("days", "cmd.quiz.days", false)),
                CommandSpec.Subcommand.of("practice", "cmd.quiz.practice", false));
    }

    @Override
    public Reply execute(CommandRequest request) {
        return switch (request.subcommand()) {
            case "now" -> question("q1");
            case "schedule" ->
                Reply.privateNotice(
                        Reply.Tone.SUCCESS,
                        "scheduled " + request.option("time").orElse("?") + " "
                                + request.option("zone").orElse("?") + " "
                                + request.option("days").orElse("daily"));
            default -> Reply.privateNotice(Reply.Tone.INFO, "practice");
        };
    }

    /** The public question with four answer buttons. */
    Reply question(String quizId) {
        Reply.Builder reply = Reply.builder(Reply.Visibility.PUBLIC)
                .title("今日一题")
                .breadcrumb("初级 › Go 语言基础")
                .badge("必会")
                .text("哪个内置函数用来创建 slice、map 和 channel？");
        List<Reply.Button> buttons = new java.util.ArrayList<>();
        for (int i = 0; i < LABELS.size(); i++) {
            buttons.add(new Reply.Button(codec.encode("quizlike", "answer", quizId, String.valueOf(i)), LABELS.get(i)));
        }
        return reply.buttons(buttons).footer("今天 09:30 · 17:30 揭晓").build();
    }

    /** The reveal that replaces the question: the right answer, no buttons. */
    Reply reveal(String quizId) {
        return Reply.builder(Reply.Visibility.PUBLIC)
                .title("今日一题 · 揭晓")
                .text("哪个内置函数用来创建 slice、map 和 channel？")
                .notice(Reply.Tone.SUCCESS, "正确答案：A. make")
                .footer(quizId)
                .build();
    }

    @Override
    public Reply onComponent(ComponentRequest request, ComponentId id) {
        if (!id.action().equals("answer")) {
            throw new UserError("error.component.unknown");
        }
        answers.put(id.arg(0) + "/" + request.caller().userId(), id.arg(1));
        return Reply.privateNotice(
                Reply.Tone.SUCCESS,
                "已记录 " + request.caller().userName() + " 的答案 " + LABELS.get(Integer.parseInt(id.arg(1))));
    }
}
