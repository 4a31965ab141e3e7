package dev.studybot.bot;

import dev.studybot.chat.CommandRequest;
import dev.studybot.chat.CommandSpec;
import dev.studybot.chat.Messages;
import dev.studybot.chat.OptionSpec;
import dev.studybot.chat.Reply;
import dev.studybot.chat.UserError;
import dev.studybot.quiz.QuizService;
import dev.studybot.quiz.ScheduleText;
import dev.studybot.roadmap.RoadmapLibrary;
import dev.studybot.store.ChannelSettings;
import dev.studybot.store.QuizSettings;
import dev.studybot.store.RevealMode;
import dev.studybot.store.Team;
import dev.studybot.store.TeamRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code /studybot config [language] [levels] [reveal] [window]} for admins: the team's language
 * ({@code zh}, {@code en}, or {@code auto} to follow each member), and this channel's quiz level
 * range, reveal mode and answer window in hours. Without options it shows the settings.
 */
public final class ConfigSubcommand implements StudybotCommand.SubcommandHandler {
    static final List<String> LANGUAGES = List.of("zh", "en", "auto");
    static final List<String> REVEALS = List.of("close", "immediate");

    private final QuizService quiz;
    private final TeamRepository teams;
    private final TeamLanguages languages;
    private final RoadmapLibrary library;
    private final Messages messages;

    public ConfigSubcommand(
            QuizService quiz,
            TeamRepository teams,
            TeamLanguages languages,
            RoadmapLibrary library,
            Messages messages) {
        this.quiz = quiz;
        this.teams = teams;
        this.languages = languages;
        this.library = library;
        this.messages = messages;
    }

    /** The {@code config} subcommand as platforms register it. */
    public static CommandSpec.Subcommand spec() {
        return CommandSpec.Subcommand.of(
                "config",
                "cmd.studybot.config",
                true,
                OptionSpec.choice("language", "cmd.studybot.language", false, LANGUAGES),
                OptionSpec.text("levels", "cmd.studybot.levels", false),
                OptionSpec.choice("reveal", "cmd.studybot.reveal", false, REVEALS),
                new OptionSpec("window", "cmd.studybot.window", OptionSpec.Type.INTEGER, false, false, List.of()));
    }

    @Override
    public Reply handle(CommandRequest request) {
        if (!"config".equals(request.subcommand())) {
            throw new UserError("error.subcommand.unknown", "/studybot " + request.subcommand(), "help, config");
        }
        Locale locale = request.caller().locale();
        // read every option before changing anything: one bad value changes nothing
        Optional<String> language = request.option("language").map(v -> v.toLowerCase(Locale.ROOT));
        if (language.isPresent() && !LANGUAGES.contains(language.get())) {
            throw new UserError("error.option.choice", "language", language.get(), String.join(", ", LANGUAGES));
        }
        Optional<int[]> levels = request.option("levels")
                .map(text -> ScheduleText.levels(text).orElseThrow(() -> new UserError("quiz.error.levels", text)));
        Optional<RevealMode> reveal = request.option("reveal").map(text -> {
            if (!REVEALS.contains(text)) {
                throw new UserError("error.option.choice", "reveal", text, String.join(", ", REVEALS));
            }
            return RevealMode.fromCode(text);
        });
        Optional<Integer> window = request.option("window").map(text -> ScheduleText.windowHours(text)
                .orElseThrow(() -> new UserError("quiz.error.window", text)));

        QuizService.Where where = quiz.where(request.caller());
        Team team = where.team();
        List<String> changed = new ArrayList<>();
        if (language.isPresent()) {
            String code = language.get().equals("auto") ? null : language.get();
            teams.setLanguage(team.id(), code);
            languages.forget(team);
            if (code != null) {
                // the answer is already in the language just chosen
                locale = Messages.supported(Locale.forLanguageTag(code));
            }
            changed.add("language");
        }
        ChannelSettings channel = where.channel();
        if (levels.isPresent() || reveal.isPresent() || window.isPresent()) {
            channel = quiz.change(where, s -> s.withLevels(
                            levels.map(l -> l[0]).orElse(s.levelMin()),
                            levels.map(l -> l[1]).orElse(s.levelMax()))
                    .withWindowMinutes(window.map(h -> h * 60).orElse(s.windowMinutes()))
                    .withRevealMode(reveal.orElse(s.revealMode())));
            levels.ifPresent(l -> changed.add("levels"));
            reveal.ifPresent(r -> changed.add("reveal"));
            window.ifPresent(w -> changed.add("window"));
        }
        Team now = teams.findTeam(team.id()).orElse(team);
        Reply.Builder reply = Reply.builder(Reply.Visibility.PRIVATE).title(messages.get(locale, "config.title"));
        if (changed.isEmpty()) {
            reply.text(messages.get(locale, "config.hint"));
        } else {
            reply.notice(Reply.Tone.SUCCESS, messages.get(locale, "config.changed", String.join(", ", changed)));
        }
        QuizSettings s = channel.quiz();
        reply.fields(List.of(
                new Reply.Field(
                        messages.get(locale, "config.language"),
                        messages.get(locale, "config.language." + now.language().orElse("auto"))),
                new Reply.Field(
                        messages.get(locale, "config.levels"),
                        ScheduleText.levelNames(library.defaultRoadmap(), s.levelMin(), s.levelMax())),
                new Reply.Field(
                        messages.get(locale, "config.reveal"),
                        messages.get(locale, "quiz.reveal." + s.revealMode().code())),
                new Reply.Field(
                        messages.get(locale, "config.window"),
                        messages.get(locale, "quiz.status.hours", s.windowMinutes() / 60))));
        return reply.build();
    }
}
