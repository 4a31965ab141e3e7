package dev.studybot.quiz;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Picks a channel's next question. The pool is every question whose level is in the channel's range;
 * no question repeats until the whole pool was asked (then it starts over); curated questions come
 * before generated ones; among what is left, a section is drawn with the weight {@link
 * TeamKnowledge#weight} gives it (the team's weakest sections most often), then a question of that
 * section at random. The same random source gives the same pick.
 */
public final class QuizPicker {
    private QuizPicker() {}

    /**
     * @param asked the questions the channel was shown, oldest first, repeats included
     * @return empty when no question of the pool is in the level range
     */
    public static Optional<Question> pick(
            QuestionPool pool, int levelMin, int levelMax, List<String> asked, TeamKnowledge knowledge, Random random) {
        List<Question> inRange = new ArrayList<>();
        for (List<Question> source : List.of(pool.curated(), pool.generated())) {
            for (Question q : source) {
                int level = pool.level(q);
                if (level >= levelMin && level <= levelMax) {
                    inRange.add(q);
                }
            }
        }
        if (inRange.isEmpty()) {
            return Optional.empty();
        }
        Set<String> used = usedThisRound(inRange, asked);
        List<Question> curated = new ArrayList<>();
        List<Question> generated = new ArrayList<>();
        for (Question q : inRange) {
            if (!used.contains(q.id())) {
                (pool.isCurated(q) ? curated : generated).add(q);
            }
        }
        List<Question> candidates = curated.isEmpty() ? generated : curated;
        return Optional.of(leanToWeakSections(candidates, knowledge, random));
    }

    /**
     * The questions of the pool asked since the pool was last used up: replaying the channel's
     * history, the set empties each time it holds the whole pool.
     */
    static Set<String> usedThisRound(List<Question> pool, List<String> asked) {
        Set<String> ids = new HashSet<>();
        pool.forEach(q -> ids.add(q.id()));
        Set<String> used = new HashSet<>();
        for (String id : asked) {
            if (ids.contains(id) && used.add(id) && used.size() == ids.size()) {
                used.clear();
            }
        }
        return used;
    }

    private static Question leanToWeakSections(List<Question> candidates, TeamKnowledge knowledge, Random random) {
        Map<String, List<Question>> bySection = new LinkedHashMap<>();
        for (Question q : candidates) {
            bySection
                    .computeIfAbsent(knowledge.sectionKey(q.topicId()).orElse(q.topicId()), k -> new ArrayList<>())
                    .add(q);
        }
        List<String> sections = new ArrayList<>(bySection.keySet());
        double[] weights = new double[sections.size()];
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = knowledge.weight(sections.get(i));
            total += weights[i];
        }
        double draw = random.nextDouble() * total;
        int chosen = weights.length - 1;
        for (int i = 0; i < weights.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                chosen = i;
                break;
            }
        }
        List<Question> section = bySection.get(sections.get(chosen));
        return section.get(random.nextInt(section.size()));
    }

    /** A random order of the four options: position i shows option {@code order.get(i)}. */
    public static List<Integer> shuffledOptions(Random random) {
        List<Integer> order = new ArrayList<>(List.of(0, 1, 2, 3));
        for (int k = order.size() - 1; k > 0; k--) {
            int l = random.nextInt(k + 1);
            Integer swap = order.get(k);
            order.set(k, order.get(l));
            order.set(l, swap);
        }
        return List.copyOf(order);
    }
}
