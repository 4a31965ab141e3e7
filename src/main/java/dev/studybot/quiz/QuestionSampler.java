package dev.studybot.quiz;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A seeded sample of curated and generated questions: each pool shuffled by the seed, then taken in
 * turn (curated first), so both kinds appear whenever both exist. The same seed gives the same
 * sample.
 */
public final class QuestionSampler {
    private QuestionSampler() {}

    /**
     * @param count how many questions, from 1 to the number of distinct questions in both pools
     * @throws IllegalArgumentException when there are fewer questions than {@code count}
     */
    public static List<Question> sample(List<Question> curated, List<Question> generated, int count, long seed) {
        List<Question> first = shuffled(curated, new Random(seed));
        // its own stream, so the generated order does not depend on how many curated questions exist
        List<Question> second = shuffled(generated, new Random(~seed));
        List<Question> result = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        int i = 0;
        int j = 0;
        boolean curatedTurn = true;
        while (result.size() < count && (i < first.size() || j < second.size())) {
            Question next;
            if ((curatedTurn && i < first.size()) || j >= second.size()) {
                next = first.get(i++);
            } else {
                next = second.get(j++);
            }
            curatedTurn = !curatedTurn;
            if (ids.add(next.id())) {
                result.add(next);
            }
        }
        if (result.size() < count) {
            throw new IllegalArgumentException(
                    "only " + result.size() + " distinct questions exist, fewer than the " + count + " asked for");
        }
        return List.copyOf(result);
    }

    private static List<Question> shuffled(List<Question> questions, Random random) {
        List<Question> copy = new ArrayList<>(questions);
        for (int k = copy.size() - 1; k > 0; k--) {
            int l = random.nextInt(k + 1);
            Question swap = copy.get(k);
            copy.set(k, copy.get(l));
            copy.set(l, swap);
        }
        return copy;
    }
}
