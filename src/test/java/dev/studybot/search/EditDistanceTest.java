package dev.studybot.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EditDistanceTest {
    @ParameterizedTest(name = "{0} -> {1} is {2} within {3}")
    @CsvSource({
        "gorutine, goroutine, 1, 2",
        "kubernets, kubernetes, 1, 2",
        "teh, the, 1, 1",
        "chanel, channel, 1, 1",
        "epoll, epoll, 0, 2",
        "mutex, rwmutex, 2, 2",
        "redis, kafka, 3, 2",
        "a, abcd, 3, 2"
    })
    void distances(String a, String b, int expected, int max) {
        assertThat(EditDistance.within(a, b, max)).isEqualTo(expected);
    }
}
