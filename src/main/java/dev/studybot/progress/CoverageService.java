package dev.studybot.progress;

import dev.studybot.roadmap.Roadmap;
import dev.studybot.roadmap.Topic;
import dev.studybot.store.AnswerRepository;
import dev.studybot.store.TeamRepository;
import dev.studybot.store.TopicDayResult;
import dev.studybot.store.TopicMark;
import dev.studybot.store.TopicStatus;
import dev.studybot.store.TopicStatusRepository;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Computes a team's coverage from the store: every member's statuses (three queries for the whole
 * team, never one per member) and the team's answers counted per topic and day.
 */
public final class CoverageService {
    /** A member has a section done when at least this share of its topics is done. */
    public static final double DONE_SHARE = 0.8;

    private static final long DAY = Duration.ofDays(1).toMillis();

    private final TeamRepository teams;
    private final TopicStatusRepository statuses;
    private final AnswerRepository answers;
    private final Clock clock;

    public CoverageService(
            TeamRepository teams, TopicStatusRepository statuses, AnswerRepository answers, Clock clock) {
        this.teams = Objects.requireNonNull(teams, "teams");
        this.statuses = Objects.requireNonNull(statuses, "statuses");
        this.answers = Objects.requireNonNull(answers, "answers");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The team's coverage of the roadmap, as of now. */
    public TeamCoverage coverage(long teamId, String teamName, Roadmap roadmap) {
        Outline outline = Outline.of(roadmap);
        List<Integer> sections = new ArrayList<>();
        for (Outline.Level level : outline.levels()) {
            for (Topic section : level.sections()) {
                sections.add(outline.indexOf(section.id()).orElseThrow());
            }
        }
        int[] done = new int[sections.size()];
        int[] covering = new int[sections.size()];
        List<TopicMark> marks = statuses.teamMarks(teamId, roadmap.id());
        // rows come ordered by member: one member's marks at a time
        for (int from = 0; from < marks.size(); ) {
            int to = from;
            while (to < marks.size()
                    && marks.get(to).userId() == marks.get(from).userId()) {
                to++;
            }
            MemberStatuses member = MemberStatuses.of(outline, marks.subList(from, to));
            for (int s = 0; s < sections.size(); s++) {
                int at = sections.get(s);
                int doneTopics = 0;
                boolean any = false;
                for (int i = at; i < outline.end(at); i++) {
                    if (member.is(i, TopicStatus.DONE)) {
                        doneTopics++;
                        any = true;
                    } else if (member.is(i, TopicStatus.LEARNING)) {
                        any = true;
                    }
                }
                if (doneTopics >= DONE_SHARE * outline.subtreeSize(at)) {
                    done[s]++;
                }
                if (any) {
                    covering[s]++;
                }
            }
            from = to;
        }

        Mastery[] mastery = new Mastery[sections.size()];
        for (int s = 0; s < mastery.length; s++) {
            mastery[s] = new Mastery(clock.instant());
        }
        for (TopicDayResult result : answers.teamResultsByDay(teamId, roadmap.id())) {
            Optional<Integer> at = outline.indexOf(result.topicId());
            if (at.isEmpty()) {
                continue;
            }
            for (int s = 0; s < sections.size(); s++) {
                if (outline.contains(sections.get(s), at.get())) {
                    // the middle of the day: at most half a day off, under 1.2% of a weight
                    mastery[s].add(result.answered(), result.correct(), result.epochDay() * DAY + DAY / 2);
                }
            }
        }

        int members = teams.countUsers(teamId);
        List<TeamCoverage.Level> levels = new ArrayList<>();
        List<TeamCoverage.Section> blindSpots = new ArrayList<>();
        int s = 0;
        for (Outline.Level level : outline.levels()) {
            List<TeamCoverage.Section> cells = new ArrayList<>();
            for (Topic topic : level.sections()) {
                boolean blind = topic.isMustKnow() && covering[s] == 0 && mastery[s].right() == 0;
                TeamCoverage.Section section = new TeamCoverage.Section(
                        topic,
                        topic.isMustKnow(),
                        done[s],
                        covering[s],
                        members == 0 ? 0 : Math.min(1, (double) done[s] / members),
                        mastery[s].value(),
                        mastery[s].answered(),
                        blind);
                cells.add(section);
                if (blind) {
                    blindSpots.add(section);
                }
                s++;
            }
            levels.add(new TeamCoverage.Level(level.topic(), cells));
        }
        return new TeamCoverage(teamName, roadmap, members, levels, blindSpots);
    }
}
