package dev.studybot.render;

import dev.studybot.TestRoadmaps;
import dev.studybot.roadmap.Roadmap;
import dev.studybot.roadmap.Topic;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;

/** Cards filled the way the feature code will fill them, from the real Go roadmap and seeded numbers. */
public final class Samples {
    private Samples() {}

    /** Levels and their must-know sections (direct children of a level), as on a member's card. */
    public static ProgressCard progress(int seed) {
        Roadmap roadmap = TestRoadmaps.go();
        Random random = new Random(seed);
        List<ProgressRow> rows = new ArrayList<>();
        List<String> next = new ArrayList<>();
        for (Topic level : roadmap.levels()) {
            List<ProgressRow> sections = new ArrayList<>();
            int levelDone = 0;
            int levelLearning = 0;
            int levelTotal = 0;
            for (Topic section : roadmap.children(level)) {
                int total = roadmap.subtree(section).size();
                int done = random.nextInt(total + 1);
                int learning = random.nextInt(total - done + 1);
                levelDone += done;
                levelLearning += learning;
                levelTotal += total;
                if (section.isMustKnow()) {
                    sections.add(ProgressRow.section(section.title(), done, learning, total, mastery(random)));
                    if (done < total && next.size() < 3) {
                        next.add(String.join(" › ", section.path()));
                    }
                }
            }
            rows.add(ProgressRow.level(level.title(), levelDone, levelLearning, levelTotal, mastery(random)));
            rows.addAll(sections);
        }
        return new ProgressCard(
                "王小明", "Go 学习路线 · 2025-11-26", rows, next, "studybot · /progress", ProgressCard.Labels.ZH);
    }

    /** The team's map: every section (depth 1) and subsection (depth 2) of each level. */
    public static CoverageMap coverage(int seed, int maxDepth) {
        Roadmap roadmap = TestRoadmaps.go();
        Random random = new Random(seed);
        List<CoverageLevel> levels = new ArrayList<>();
        for (Topic level : roadmap.levels()) {
            List<CoverageCell> cells = new ArrayList<>();
            for (Topic topic : roadmap.subtree(level)) {
                if (topic.depth() < 1 || topic.depth() > maxDepth) {
                    continue;
                }
                double share = random.nextInt(5) == 0 ? 0 : random.nextDouble();
                OptionalDouble mastery = mastery(random);
                boolean blind = topic.isMustKnow() && share < 0.2;
                cells.add(new CoverageCell(topic.title(), share, mastery, topic.isMustKnow(), blind));
            }
            levels.add(new CoverageLevel(level.title(), cells));
        }
        return new CoverageMap("后端组 · 团队覆盖", "8 名成员 · 2025-11-26", levels, "studybot · /team", CoverageMap.Labels.ZH);
    }

    /** {@code members} members best first, the caller at {@code callerRank} (none when 0; below the top ten when above 10). */
    public static LeaderboardCard leaderboard(int callerRank, int members) {
        String[] names = {
            "王小明",
            "Alice",
            "李雷",
            "韩梅梅",
            "Bob Smith",
            "张伟",
            "Łukasz",
            "陈静",
            "Dmitri Иванов",
            "刘洋",
            "赵敏",
            "Zoë",
            "孙悟空",
            "周杰",
            "Ana",
            "吴磊"
        };
        List<LeaderboardRow> rows = new ArrayList<>();
        LeaderboardRow self = null;
        for (int i = 0; i < members; i++) {
            int rank = i + 1;
            LeaderboardRow row = new LeaderboardRow(
                    rank, names[i % names.length], 1200 - i * 85L, 40 - i * 2, Math.max(0, 9 - i), rank == callerRank);
            rows.add(row);
            if (rank == callerRank) {
                self = row;
            }
        }
        return new LeaderboardCard("排行榜", "本周", rows, self, "每答对一题得 10 分 · 连续答题有加分", LeaderboardCard.Labels.ZH);
    }

    private static OptionalDouble mastery(Random random) {
        return random.nextInt(4) == 0 ? OptionalDouble.empty() : OptionalDouble.of(random.nextDouble());
    }
}
