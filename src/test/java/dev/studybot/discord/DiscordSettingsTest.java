package dev.studybot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.studybot.app.StudybotConfig;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DiscordSettingsTest {
    private static final String TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.Gabcde.secret-part-of-the-token";

    @Test
    @DisplayName("GIVEN settings with a token WHEN printed THEN the token never shows")
    void toStringHidesTheToken() {
        DiscordSettings settings =
                DiscordSettings.of(TOKEN).withEndpoints("http://127.0.0.1:1/api/v10/", "ws://127.0.0.1:2/");

        assertThat(settings.toString())
                .doesNotContain(TOKEN)
                .doesNotContain("secret")
                .contains("(hidden)");
        assertThat(settings.token()).isEqualTo(TOKEN);
    }

    @Test
    @DisplayName("GIVEN the discord section of the config WHEN read THEN the shard range and endpoints carry over")
    void fromConfig() {
        StudybotConfig.Discord config =
                new StudybotConfig.Discord("123456789012", 8, "2-5", "http://proxy:8080/api/v10/", "wss://gw.example/");

        DiscordSettings settings = DiscordSettings.from(config, "Bot " + TOKEN);

        assertThat(settings.token()).isEqualTo(TOKEN);
        assertThat(settings.devGuild()).isEqualTo("123456789012");
        assertThat(settings.sharded()).isTrue();
        assertThat(settings.firstShard()).isEqualTo(2);
        assertThat(settings.lastShard()).isEqualTo(5);
        assertThat(settings.apiUrl()).isEqualTo("http://proxy:8080/api/v10/");
        assertThat(settings.gatewayUrl()).isEqualTo("wss://gw.example/");
        StudybotConfig.Discord all = new StudybotConfig.Discord("", 4, "", "", "");
        assertThat(DiscordSettings.from(all, TOKEN).lastShard()).isEqualTo(3);
    }

    @Test
    @DisplayName("GIVEN wrong settings WHEN built THEN the message names the setting and never the token")
    void refusesWrongSettings() {
        assertThatThrownBy(() -> DiscordSettings.of(" ")).hasMessageContaining("DISCORD_TOKEN");
        assertThatThrownBy(() -> new DiscordSettings(TOKEN, "", 2, 1, 2, "", ""))
                .hasMessageContaining("discord.shardRange")
                .hasMessageNotContaining(TOKEN);
        assertThatThrownBy(() -> DiscordSettings.of(TOKEN).withEndpoints("ftp://x/", ""))
                .hasMessageContaining("discord.apiUrl")
                .hasMessageNotContaining(TOKEN);
        assertThat(DiscordSettings.of(TOKEN)
                        .withEndpoints("http://h:1/api/v10", "")
                        .apiUrl())
                .isEqualTo("http://h:1/api/v10/");
    }
}
