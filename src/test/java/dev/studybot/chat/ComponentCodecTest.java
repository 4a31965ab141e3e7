package dev.studybot.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Component ids are short, signed and checked on the way back in")
class ComponentCodecTest {
    private final ComponentCodec codec = new ComponentCodec("0123456789abcdef-test".getBytes(StandardCharsets.UTF_8));

    @Test
    @DisplayName("an id the bot wrote decodes to what it meant")
    void roundTrip() throws InvalidComponentException {
        String raw = codec.encode("quiz", "answer", "42", "1");
        assertThat(raw).startsWith("1:quiz:answer:42:1:").hasSizeLessThanOrEqualTo(100);
        assertThat(codec.decode(raw)).isEqualTo(ComponentId.of("quiz", "answer", "42", "1"));
    }

    @Test
    @DisplayName("a changed argument, a hand-written id or another deployment's id is refused as forged")
    void forged() {
        String raw = codec.encode("quiz", "answer", "42", "1");
        assertReason(raw.replace(":42:", ":43:"), InvalidComponentException.Reason.FORGED);
        assertReason("1:quiz:answer:42:1:AAAAAAAA", InvalidComponentException.Reason.FORGED);
        ComponentCodec other = new ComponentCodec("another-secret-of-16+".getBytes(StandardCharsets.UTF_8));
        assertReason(other.encode("quiz", "answer", "42", "1"), InvalidComponentException.Reason.FORGED);
    }

    @Test
    @DisplayName("garbage is malformed and an older format is stale, never an exception of another kind")
    void malformedAndStale() {
        for (String raw :
                new String[] {"", "x", ":", "1:", "1:quiz", "quiz:answer:42", "🙂", "1:a:b:c:d:e:f:".repeat(10)}) {
            assertThatThrownBy(() -> codec.decode(raw)).as(raw).isInstanceOf(InvalidComponentException.class);
        }
        assertReason("0:quiz:answer:42:1:AAAAAAAA", InvalidComponentException.Reason.STALE);
        assertReason(null, InvalidComponentException.Reason.MALFORMED);
    }

    @Test
    @DisplayName("parts with a colon and ids over 100 characters are programming errors caught at encode time")
    void encodeGuards() {
        assertThatThrownBy(() -> codec.encode("topic", "open", "a:b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> codec.encode("topic", "open", "x".repeat(90)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private void assertReason(String raw, InvalidComponentException.Reason reason) {
        assertThatThrownBy(() -> codec.decode(raw))
                .isInstanceOf(InvalidComponentException.class)
                .extracting(e -> ((InvalidComponentException) e).reason())
                .isEqualTo(reason);
    }
}
