package dev.studybot.progress;

import dev.studybot.roadmap.Roadmap;
import dev.studybot.roadmap.Topic;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Where a team stands on a roadmap: for every section, how many members have it done and the team's
 * mastery; the blind spots (must-know sections nobody has covered) listed apart.
 *
 * @param teamName the team's name
 * @param roadmap the roadmap counted
 * @param members how many members the team has
 * @param levels each level with all its sections, in roadmap order
 * @param blindSpots the must-know sections nobody has covered, in roadmap order
 */
public record TeamCoverage(
        String teamName, Roadmap roadmap, int members, List<Level> levels, List<Section> blindSpots) {

    public TeamCoverage {
        levels = List.copyOf(levels);
        blindSpots = List.copyOf(blindSpots);
    }

    /** A level and its sections. */
    public record Level(Topic topic, List<Section> sections) {
        public Level {
            sections = List.copyOf(sections);
        }
    }

    /**
     * One section for the team.
     *
     * @param membersDone members who have at least {@link CoverageService#DONE_SHARE} of its topics done
     * @param membersCovering members with any of its topics done or learning
     * @param doneShare {@code membersDone / members}, 0 for a team without members
     * @param mastery the team's mastery from all its members' answers on the section's questions
     * @param answered how many answers that mastery comes from
     * @param blindSpot a must-know section that no member covers and nobody answered right
     */
    public record Section(
            Topic topic,
            boolean mustKnow,
            int membersDone,
            int membersCovering,
            double doneShare,
            OptionalDouble mastery,
            int answered,
            boolean blindSpot) {}
}
