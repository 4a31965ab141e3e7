package dev.studybot.discord;

import static dev.studybot.discord.DiscordTestBot.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.studybot.app.StudyBot;
import dev.studybot.discord.fake.FakeDiscord;
import dev.studybot.discord.fake.FakeGuild;
import dev.studybot.discord.fake.FakeInteraction;
import dev.studybot.discord.fake.Snowflakes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the adapter connects: shards, a development guild, lost connections, a wrong token. */
class DiscordConnectionTest {
    @Test
    @DisplayName(
            "GIVEN two shards and a dev guild WHEN the bot starts THEN each shard identifies, commands go to that guild only, and both guilds are served")
    void shardsAndDevGuild() {
        try (DiscordTestBot t = DiscordTestBot.builder()
                .devGuild()
                .shards(2, "", 2)
                .fake(discord -> discord.setGatewayBot(2, 2))
                .start()) {
            assertThat(t.discord().identifies())
                    .extracting(FakeDiscord.Identify::shard, FakeDiscord.Identify::shards)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple(0, 2), org.assertj.core.groups.Tuple.tuple(1, 2));
            assertThat(t.adapter().shards()).hasSize(2);
            FakeGuild dev = t.guild();
            assertThat(t.discord().calls("PUT", "applications/\\d+/guilds/" + dev.id() + "/commands"))
                    .hasSize(1);
            assertThat(t.discord().calls("PUT", "applications/\\d+/commands")).isEmpty();
            assertThat(Snowflakes.shardOf(t.discord().guilds().get(0).id(), 2))
                    .isNotEqualTo(Snowflakes.shardOf(t.discord().guilds().get(1).id(), 2));

            FakeInteraction topic =
                    t.discord().slash(dev.member("bob"), dev.channel("general"), "topic", Map.of("query", "epoll"));

            assertThat(topic.awaitAnswer(WAIT).embeds().get(0).path("title").asText())
                    .isEqualTo("epoll");
        }
    }

    @Test
    @DisplayName(
            "GIVEN a process that runs shard 1 of 2 WHEN it starts THEN it identifies only that shard and serves that shard's guild")
    void shardRange() {
        try (DiscordTestBot t = DiscordTestBot.builder().shards(2, "1-1", 2).start()) {
            assertThat(t.discord().identifies())
                    .extracting(FakeDiscord.Identify::shard, FakeDiscord.Identify::shards)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 2));
            FakeGuild onShardOne = t.discord().guilds().stream()
                    .filter(g -> Snowflakes.shardOf(g.id(), 2) == 1)
                    .findFirst()
                    .orElseThrow();

            FakeInteraction topic = t.discord()
                    .slash(
                            onShardOne.member("carol"),
                            onShardOne.channel("general"),
                            "topic",
                            Map.of("query", "epoll"));

            assertThat(topic.awaitAnswer(WAIT).text()).contains("select存在的问题");
        }
    }

    @Test
    @DisplayName(
            "GIVEN a dropped gateway connection WHEN Discord comes back THEN JDA reconnects by itself and members are served again")
    void reconnectsAfterALostConnection() {
        try (DiscordTestBot t = DiscordTestBot.start()) {
            t.discord().dropConnections();
            t.discord().awaitSessions(1, WAIT);

            FakeInteraction topic = t.discord().slash(t.bob(), t.general(), "topic", Map.of("query", "epoll"));

            assertThat(topic.awaitAnswer(WAIT).embeds().get(0).path("title").asText())
                    .isEqualTo("epoll");
            assertThat(t.adapter().connected()).isTrue();
        }
    }

    @Test
    @DisplayName(
            "GIVEN a token Discord refuses WHEN the adapter starts THEN it says so in a sentence that does not show the token")
    void refusedToken() {
        try (FakeDiscord discord = FakeDiscord.start();
                StudyBot bot = new StudyBot(dev.studybot.TestConfigs.isolated(), Clock.systemUTC())) {
            String wrong = "wrong.token-value.for-this-test";
            DiscordSettings settings = DiscordSettings.of(wrong).withEndpoints(discord.apiUrl(), discord.gatewayUrl());

            assertThatThrownBy(() -> DiscordAdapter.start(settings, bot.router(), bot.gateways()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("DISCORD_TOKEN")
                    .hasMessageNotContaining(wrong);
            assertThat(bot.gateways().platforms()).isEmpty();
        }
    }

    @Test
    @DisplayName(
            "GIVEN a Discord that never sends the guilds WHEN a test bot starts THEN the start is reported with what the fake saw and what JDA logged, tried once more, and fails with the same account")
    void aStartThatNeverGetsReadyIsReported(@TempDir Path dir) throws IOException {
        Path report = dir.resolve("slow-starts.txt");

        assertThatThrownBy(() -> DiscordTestBot.builder()
                        .fake(FakeDiscord::holdGuilds)
                        .readyLimit(Duration.ofSeconds(3), report)
                        .start())
                .isInstanceOf(DiscordTestBot.StartTimeout.class)
                .hasMessageContaining(
                        "the bot did not get ready within PT3S (1 of 1 sessions ready at the fake; JDA status [")
                .hasMessageContaining("bot sent op 2")
                .hasMessageContaining("READY sent; GUILD_CREATE held back for 1 guilds")
                .hasMessageContaining("Connected to WebSocket");

        String written = Files.readString(report);
        assertThat(written.split("did not get ready within PT3S", -1))
                .as(written)
                .hasSize(3);
        assertThat(written)
                .contains("DiscordConnectionTest: the bot was not ready after PT1.5S; waiting on")
                .contains("... so the test bot was started again on a fresh fake Discord");
    }
}
