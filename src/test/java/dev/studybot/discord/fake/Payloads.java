package dev.studybot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Discord's JSON shapes, as the API documents them and Discord sends them. */
final class Payloads {
    static final ObjectMapper JSON = new ObjectMapper();

    private Payloads() {}

    static String timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    static ObjectNode user(FakeMember member) {
        ObjectNode user = JSON.createObjectNode();
        user.put("id", member.id());
        user.put("username", member.username());
        user.put("global_name", member.bot() ? null : capitalize(member.username()));
        user.put("discriminator", member.bot() ? "7842" : "0");
        user.putNull("avatar");
        user.put("bot", member.bot());
        user.put("system", false);
        user.put("public_flags", 0);
        user.putNull("banner");
        user.putNull("accent_color");
        user.putNull("avatar_decoration_data");
        return user;
    }

    /** The bot's own user, as {@code users/@me} and READY give it. */
    static ObjectNode selfUser(FakeMember bot) {
        ObjectNode user = user(bot);
        user.put("verified", true);
        user.put("mfa_enabled", false);
        user.putNull("email");
        user.put("flags", 0);
        user.putNull("locale");
        return user;
    }

    static ObjectNode member(FakeGuild guild, FakeMember member, String joinedAt) {
        ObjectNode json = JSON.createObjectNode();
        json.set("user", user(member));
        json.put("nick", member.nick());
        json.putNull("avatar");
        ArrayNode roles = json.putArray("roles");
        member.roleIds().forEach(roles::add);
        json.put("joined_at", joinedAt);
        json.putNull("premium_since");
        json.put("deaf", false);
        json.put("mute", false);
        json.put("flags", 0);
        json.put("pending", false);
        json.putNull("communication_disabled_until");
        return json;
    }

    static ObjectNode role(FakeRole role) {
        ObjectNode json = JSON.createObjectNode();
        json.put("id", role.id());
        json.put("name", role.name());
        json.put("color", 0);
        json.putObject("colors")
                .put("primary_color", 0)
                .putNull("secondary_color")
                .putNull("tertiary_color");
        json.put("hoist", false);
        json.putNull("icon");
        json.putNull("unicode_emoji");
        json.put("position", role.position());
        json.put("permissions", Long.toString(role.permissions()));
        json.put("managed", false);
        json.put("mentionable", false);
        json.put("flags", 0);
        return json;
    }

    static ObjectNode channel(FakeChannel channel) {
        ObjectNode json = JSON.createObjectNode();
        json.put("id", channel.id());
        json.put("type", 0);
        json.put("guild_id", channel.guildId());
        json.put("name", channel.name());
        json.put("position", channel.position());
        ArrayNode overwrites = json.putArray("permission_overwrites");
        if (channel.everyoneDenied() != 0) {
            ObjectNode everyone = overwrites.addObject();
            everyone.put("id", channel.guildId());
            everyone.put("type", 0);
            everyone.put("allow", "0");
            everyone.put("deny", Long.toString(channel.everyoneDenied()));
        }
        json.putNull("parent_id");
        json.putNull("topic");
        json.put("nsfw", false);
        json.putNull("last_message_id");
        json.put("rate_limit_per_user", 0);
        json.put("flags", 0);
        return json;
    }

    /**
     * GUILD_CREATE's payload: the whole guild. Like Discord, its member list holds only the bot's own
     * member unless the session asked for (and was granted) the privileged GUILD_MEMBERS intent.
     */
    static ObjectNode guildCreate(FakeGuild guild, FakeMember bot, Instant joined, boolean allMembers) {
        ObjectNode json = JSON.createObjectNode();
        json.put("id", guild.id());
        json.put("name", guild.name());
        json.putNull("icon");
        json.putNull("icon_hash");
        json.putNull("splash");
        json.putNull("discovery_splash");
        json.putNull("banner");
        json.putNull("description");
        json.put("owner_id", guild.ownerId());
        json.putNull("afk_channel_id");
        json.put("afk_timeout", 300);
        json.put("verification_level", 1);
        json.put("default_message_notifications", 1);
        json.put("explicit_content_filter", 0);
        json.put("mfa_level", 0);
        json.put("nsfw_level", 0);
        json.put("premium_tier", 0);
        json.put("premium_subscription_count", 0);
        json.put("premium_progress_bar_enabled", false);
        json.putNull("system_channel_id");
        json.put("system_channel_flags", 0);
        json.putNull("rules_channel_id");
        json.putNull("public_updates_channel_id");
        json.putNull("safety_alerts_channel_id");
        json.putNull("vanity_url_code");
        json.put("preferred_locale", guild.locale());
        json.put("max_members", 500000);
        json.putNull("max_presences");
        json.putNull("application_id");
        json.putArray("features");
        json.putArray("emojis");
        json.putArray("stickers");
        json.putArray("soundboard_sounds");
        ArrayNode roles = json.putArray("roles");
        guild.roles().forEach(role -> roles.add(role(role)));
        json.put("joined_at", timestamp(joined));
        json.put("large", false);
        json.put("unavailable", false);
        json.put("member_count", guild.members().size());
        json.putArray("voice_states");
        ArrayNode members = json.putArray("members");
        for (FakeMember member : guild.members()) {
            if (allMembers || member.id().equals(bot.id())) {
                members.add(member(guild, member, timestamp(joined)));
            }
        }
        ArrayNode channels = json.putArray("channels");
        guild.channels().forEach(channel -> {
            ObjectNode c = channel(channel);
            c.remove("guild_id");
            channels.add(c);
        });
        json.putArray("threads");
        json.putArray("presences");
        json.putArray("stage_instances");
        json.putArray("guild_scheduled_events");
        json.putNull("incidents_data");
        return json;
    }

    static ObjectNode ready(
            FakeMember bot,
            String applicationId,
            List<FakeGuild> guilds,
            String sessionId,
            String resumeUrl,
            int shard,
            int shards) {
        ObjectNode json = JSON.createObjectNode();
        json.put("v", 10);
        json.set("user", selfUser(bot));
        json.putObject("user_settings");
        ArrayNode unavailable = json.putArray("guilds");
        guilds.forEach(g -> unavailable.addObject().put("id", g.id()).put("unavailable", true));
        json.putArray("guild_join_requests");
        json.putArray("presences");
        json.putArray("private_channels");
        json.putArray("relationships");
        json.put("session_id", sessionId);
        json.put("session_type", "normal");
        json.put("resume_gateway_url", resumeUrl);
        json.putArray("shard").add(shard).add(shards);
        json.putObject("application").put("id", applicationId).put("flags", 0);
        json.putArray("geo_ordered_rtc_regions").add("hongkong").add("singapore");
        json.putArray("_trace").add("[\"fake-discord\",{\"micros\":0}]");
        return json;
    }

    /** The part every INTERACTION_CREATE shares: who, where, and the tokens to answer with. */
    static ObjectNode interaction(
            FakeInteraction interaction, String applicationId, long appPermissions, long memberPermissions) {
        FakeGuild guild = interaction.guild();
        ObjectNode json = JSON.createObjectNode();
        json.put("id", interaction.id());
        json.put("application_id", applicationId);
        json.put("type", interaction.type());
        json.put("token", interaction.token());
        json.put("version", 1);
        json.put("guild_id", guild.id());
        ObjectNode partialGuild = json.putObject("guild");
        partialGuild.put("id", guild.id());
        partialGuild.put("locale", guild.locale());
        partialGuild.putArray("features");
        json.put("guild_locale", guild.locale());
        json.put("channel_id", interaction.channel().id());
        ObjectNode channel = channel(interaction.channel());
        channel.put("permissions", Long.toString(memberPermissions));
        json.set("channel", channel);
        ObjectNode member = member(guild, interaction.member(), "2024-01-01T00:00:00.000000+00:00");
        member.put("permissions", Long.toString(memberPermissions));
        json.set("member", member);
        json.put("locale", interaction.member().locale());
        json.put("app_permissions", Long.toString(appPermissions));
        json.putArray("entitlements");
        json.putObject("authorizing_integration_owners").put("0", guild.id());
        json.put("context", 0);
        json.put("attachment_size_limit", 10485760);
        return json;
    }

    static ObjectNode error(int code, String message) {
        ObjectNode json = JSON.createObjectNode();
        json.put("message", message);
        json.put("code", code);
        return json;
    }

    static ObjectNode invalidForm(String where, String why) {
        ObjectNode json = error(50035, "Invalid Form Body");
        json.putObject("errors")
                .putObject(where)
                .putArray("_errors")
                .addObject()
                .put("code", "BASE_TYPE_INVALID")
                .put("message", why);
        return json;
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? value.asText() : null;
    }

    private static String capitalize(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
