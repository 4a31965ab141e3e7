package dev.studybot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Message bundles speak Chinese and English with the same keys")
class MessagesTest {
    @Test
    @DisplayName("every bundle under i18n has the same keys in zh and en, and no value is blank")
    void parity() throws IOException {
        List<String> bundles;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/i18n"))) {
            bundles = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".properties") && !n.endsWith("_en.properties"))
                    .map(n -> "i18n/" + n.substring(0, n.length() - ".properties".length()))
                    .sorted()
                    .toList();
        }
        assertThat(bundles).contains("i18n/core", "i18n/topic", "i18n/console");
        Messages messages = new Messages(bundles);
        assertThat(messages.keys(Messages.EN)).containsExactlyInAnyOrderElementsOf(messages.keys(Messages.ZH));
        for (String key : messages.keys(Messages.ZH)) {
            assertThat(messages.get(Messages.ZH, key)).as(key).isNotBlank();
            assertThat(messages.get(Messages.EN, key)).as(key).isNotBlank();
        }
    }

    @Test
    @DisplayName("placeholders are filled, apostrophes survive, unknown locales fall back to Chinese")
    void formatting() {
        Messages messages = new Messages(List.of("i18n/core"));
        assertThat(messages.get(Messages.EN, "error.option.choice", "status", "maybe", "done, learning"))
                .isEqualTo("Option status does not take \"maybe\"; pick one of: done, learning.");
        assertThat(messages.get(Locale.forLanguageTag("de"), "error.command.unknown", "/x"))
                .startsWith("没有 /x 这个命令");
        assertThat(messages.get(Locale.forLanguageTag("en-US"), "error.command.unknown", "/x"))
                .startsWith("There is no command /x");
        assertThat(Messages.fill("{0} and {1} and {2}", "a", "b")).isEqualTo("a and b and {2}");
    }
}
