package dev.studybot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The REST routes that change the fake's state, with Discord's rules: interaction callbacks (once,
 * within the deadline, of a type that fits the interaction), webhook follow-ups and edits (the first
 * follow-up after a deferred reply fills the "thinking" message in), channel messages and their
 * edits (not for ephemeral messages, not where the bot may not post), and command registration.
 */
final class FakeRoutes {
    private final FakeDiscord discord;

    FakeRoutes(FakeDiscord discord) {
        this.discord = discord;
    }

    private ObjectNode interactionMetadata(FakeInteraction interaction) {
        ObjectNode metadata = Payloads.JSON.createObjectNode();
        metadata.put("id", interaction.id());
        metadata.put("type", interaction.type());
        metadata.set("user", Payloads.user(interaction.member()));
        metadata.putObject("authorizing_integration_owners")
                .put("0", interaction.guild().id());
        return metadata;
    }

    FakeRest.Answer callback(String interactionId, String token, FakeRest.Request request) {
        FakeInteraction interaction = discord.interaction(interactionId);
        if (interaction == null || !interaction.token().equals(token)) {
            return FakeRest.Answer.error(404, 10062, "Unknown interaction");
        }
        synchronized (interaction) {
            if (interaction.acknowledged()) {
                interaction.refused("a second callback");
                return FakeRest.Answer.error(400, 40060, "Interaction has already been acknowledged.");
            }
            if (interaction.age().compareTo(discord.callbackDeadline()) > 0) {
                interaction.refused("a callback after " + interaction.age().toMillis() + " ms");
                return FakeRest.Answer.error(404, 10062, "Unknown interaction");
            }
            JsonNode body = request.body() == null ? Payloads.JSON.createObjectNode() : request.body();
            int type = body.path("type").asInt();
            JsonNode data = body.path("data");
            boolean component = interaction.type() == FakeInteraction.COMPONENT;
            boolean autocomplete = interaction.type() == FakeInteraction.AUTOCOMPLETE;
            FakeMessage original;
            switch (type) {
                case FakeInteraction.CHANNEL_MESSAGE -> {
                    if (autocomplete) {
                        return invalid(interaction, "type", "autocomplete takes choices only");
                    }
                    Optional<String> problem = MessageRules.check(data, request.files(), true);
                    if (problem.isPresent()) {
                        return invalid(interaction, "data", problem.get());
                    }
                    original = discord.store(
                            interaction.channel(),
                            MessageBodies.create(
                                    Snowflakes.next(),
                                    interaction.channel(),
                                    data,
                                    request.files(),
                                    component ? 0 : 20,
                                    data.path("flags").asInt(0) & MessageBodies.SETTABLE,
                                    discord.bot(),
                                    discord.applicationId(),
                                    interactionMetadata(interaction),
                                    discord.cdn()));
                    interaction.acknowledge(type, original, false);
                }
                case FakeInteraction.DEFERRED_CHANNEL_MESSAGE -> {
                    if (autocomplete) {
                        return invalid(interaction, "type", "autocomplete takes choices only");
                    }
                    int flags = (data.path("flags").asInt(0) & FakeMessage.EPHEMERAL) | FakeMessage.LOADING;
                    original = discord.store(
                            interaction.channel(),
                            MessageBodies.create(
                                    Snowflakes.next(),
                                    interaction.channel(),
                                    Payloads.JSON.createObjectNode(),
                                    List.of(),
                                    component ? 0 : 20,
                                    flags,
                                    discord.bot(),
                                    discord.applicationId(),
                                    interactionMetadata(interaction),
                                    discord.cdn()));
                    interaction.acknowledge(type, original, true);
                }
                case FakeInteraction.DEFERRED_UPDATE_MESSAGE -> {
                    if (!component) {
                        return invalid(interaction, "type", "only a component interaction can update its message");
                    }
                    original = interaction.source();
                    interaction.acknowledge(type, original, false);
                }
                case FakeInteraction.UPDATE_MESSAGE -> {
                    if (!component) {
                        return invalid(interaction, "type", "only a component interaction can update its message");
                    }
                    Optional<String> problem = MessageRules.check(data, request.files(), false);
                    if (problem.isPresent()) {
                        return invalid(interaction, "data", problem.get());
                    }
                    original = interaction.source();
                    original.update(MessageBodies.edit(
                            original.json(), data, request.files(), interaction.channel(), discord.cdn(), 0));
                    interaction.acknowledge(type, original, false);
                }
                case FakeInteraction.AUTOCOMPLETE_RESULT -> {
                    if (!autocomplete) {
                        return invalid(interaction, "type", "choices answer autocomplete only");
                    }
                    JsonNode choices = data.path("choices");
                    if (choices.size() > 25) {
                        return invalid(interaction, "data.choices", "more than 25 choices");
                    }
                    for (JsonNode choice : choices) {
                        String name = choice.path("name").asText("");
                        String value = choice.path("value").asText("");
                        if (name.isEmpty() || name.length() > 100 || value.length() > 100) {
                            return invalid(
                                    interaction, "data.choices", "a choice over 100 characters or without a name");
                        }
                    }
                    interaction.answerChoices(choices);
                    original = null;
                }
                default -> {
                    return invalid(interaction, "type", "unsupported callback type " + type);
                }
            }
            ObjectNode response = Payloads.JSON.createObjectNode();
            ObjectNode about = response.putObject("interaction");
            about.put("id", interaction.id());
            about.put("type", interaction.type());
            if (original != null) {
                about.put("response_message_id", original.id());
                about.put("response_message_loading", type == FakeInteraction.DEFERRED_CHANNEL_MESSAGE);
                about.put("response_message_ephemeral", original.ephemeral());
            }
            ObjectNode resource = response.putObject("resource");
            resource.put("type", type);
            if (original != null
                    && (type == FakeInteraction.CHANNEL_MESSAGE || type == FakeInteraction.UPDATE_MESSAGE)) {
                resource.set("message", original.json());
            }
            return FakeRest.Answer.ok(response);
        }
    }

    private static FakeRest.Answer invalid(FakeInteraction interaction, String where, String why) {
        interaction.refused(where + ": " + why);
        return new FakeRest.Answer(400, Payloads.invalidForm(where, why), Map.of());
    }

    FakeRest.Answer followUp(String applicationId, String token, FakeRest.Request request) {
        FakeInteraction interaction = discord.interactionByToken(token);
        if (interaction == null || !applicationId.equals(discord.applicationId()) || !interaction.acknowledged()) {
            return FakeRest.Answer.error(404, 10015, "Unknown Webhook");
        }
        Optional<String> problem = MessageRules.check(request.body(), request.files(), true);
        if (problem.isPresent()) {
            return invalid(interaction, "followup", problem.get());
        }
        synchronized (interaction) {
            if (interaction.callbackType() == FakeInteraction.DEFERRED_CHANNEL_MESSAGE
                    && interaction.originalLoading()) {
                // the first follow-up after a deferred reply fills the "thinking" message in
                FakeMessage original = interaction.original();
                original.update(MessageBodies.edit(
                        original.json(),
                        request.body(),
                        request.files(),
                        interaction.channel(),
                        discord.cdn(),
                        FakeMessage.LOADING));
                interaction.originalEdited();
                return FakeRest.Answer.ok(original.json());
            }
            JsonNode body = request.body() == null ? Payloads.JSON.createObjectNode() : request.body();
            FakeMessage message = discord.store(
                    interaction.channel(),
                    MessageBodies.create(
                            Snowflakes.next(),
                            interaction.channel(),
                            body,
                            request.files(),
                            0,
                            body.path("flags").asInt(0) & MessageBodies.SETTABLE,
                            discord.bot(),
                            discord.applicationId(),
                            interactionMetadata(interaction),
                            discord.cdn()));
            interaction.followedUp(message);
            return FakeRest.Answer.ok(message.json());
        }
    }

    FakeRest.Answer webhookMessage(String applicationId, String token, String messageId, FakeRest.Request request) {
        FakeInteraction interaction = discord.interactionByToken(token);
        if (interaction == null || !applicationId.equals(discord.applicationId()) || !interaction.acknowledged()) {
            return FakeRest.Answer.error(404, 10015, "Unknown Webhook");
        }
        synchronized (interaction) {
            FakeMessage target =
                    messageId.equals("@original") ? interaction.original() : interaction.message(messageId);
            if (target == null || target.deleted()) {
                return FakeRest.Answer.error(404, 10008, "Unknown Message");
            }
            switch (request.method()) {
                case "GET" -> {
                    return FakeRest.Answer.ok(target.json());
                }
                case "PATCH" -> {
                    Optional<String> problem = MessageRules.check(request.body(), request.files(), false);
                    if (problem.isPresent()) {
                        return invalid(interaction, "edit", problem.get());
                    }
                    target.update(MessageBodies.edit(
                            target.json(),
                            request.body(),
                            request.files(),
                            interaction.channel(),
                            discord.cdn(),
                            FakeMessage.LOADING));
                    if (target == interaction.original()) {
                        interaction.originalEdited();
                    }
                    return FakeRest.Answer.ok(target.json());
                }
                case "DELETE" -> {
                    target.delete();
                    return FakeRest.Answer.noContent();
                }
                default -> {
                    return FakeRest.Answer.error(405, 0, "405: Method Not Allowed");
                }
            }
        }
    }

    FakeRest.Answer createChannelMessage(String channelId, FakeRest.Request request) {
        Optional<FakeChannel> channel = discord.findChannel(channelId);
        if (channel.isEmpty()) {
            return FakeRest.Answer.error(404, 10003, "Unknown Channel");
        }
        if (!channel.get().botMaySend()) {
            return FakeRest.Answer.error(403, 50013, "Missing Permissions");
        }
        Optional<String> problem = MessageRules.check(request.body(), request.files(), true);
        if (problem.isPresent()) {
            return new FakeRest.Answer(400, Payloads.invalidForm("message", problem.get()), Map.of());
        }
        JsonNode body = request.body() == null ? Payloads.JSON.createObjectNode() : request.body();
        FakeMessage message = discord.store(
                channel.get(),
                MessageBodies.create(
                        Snowflakes.next(),
                        channel.get(),
                        body,
                        request.files(),
                        0,
                        body.path("flags").asInt(0)
                                & (MessageBodies.SUPPRESS_EMBEDS | MessageBodies.SUPPRESS_NOTIFICATIONS),
                        discord.bot(),
                        null,
                        null,
                        discord.cdn()));
        return FakeRest.Answer.ok(message.json());
    }

    FakeRest.Answer channelMessage(String channelId, String messageId, FakeRest.Request request) {
        Optional<FakeChannel> channel = discord.findChannel(channelId);
        if (channel.isEmpty()) {
            return FakeRest.Answer.error(404, 10003, "Unknown Channel");
        }
        FakeMessage message = discord.storedMessage(messageId);
        if (message == null || !message.channelId().equals(channelId) || message.deleted() || message.ephemeral()) {
            return FakeRest.Answer.error(404, 10008, "Unknown Message");
        }
        switch (request.method()) {
            case "GET" -> {
                return FakeRest.Answer.ok(message.json());
            }
            case "PATCH" -> {
                Optional<String> problem = MessageRules.check(request.body(), request.files(), false);
                if (problem.isPresent()) {
                    return new FakeRest.Answer(400, Payloads.invalidForm("message", problem.get()), Map.of());
                }
                message.update(MessageBodies.edit(
                        message.json(), request.body(), request.files(), channel.get(), discord.cdn(), 0));
                return FakeRest.Answer.ok(message.json());
            }
            case "DELETE" -> {
                message.delete();
                return FakeRest.Answer.noContent();
            }
            default -> {
                return FakeRest.Answer.error(405, 0, "405: Method Not Allowed");
            }
        }
    }

    JsonNode registerCommands(String guildId, ArrayNode sent) {
        String scope = guildId == null ? "global" : guildId;
        ArrayNode previous = Optional.ofNullable(discord.commands(scope)).orElseGet(Payloads.JSON::createArrayNode);
        ArrayNode registered = Payloads.JSON.createArrayNode();
        for (JsonNode command : sent) {
            ObjectNode copy = command.deepCopy();
            String id = FakeDiscord.find(previous, command.path("name").asText())
                    .map(c -> c.path("id").asText())
                    .orElseGet(Snowflakes::next);
            copy.put("id", id);
            copy.put("application_id", discord.applicationId());
            copy.put("version", Snowflakes.next());
            if (!copy.has("type")) {
                copy.put("type", 1);
            }
            if (guildId != null) {
                copy.put("guild_id", guildId);
            }
            if (!copy.has("default_member_permissions")) {
                copy.putNull("default_member_permissions");
            }
            copy.put("nsfw", copy.path("nsfw").asBoolean(false));
            registered.add(copy);
        }
        discord.putCommands(scope, registered);
        return registered;
    }

    JsonNode registeredCommands(String guildId) {
        return Optional.ofNullable(discord.commands(guildId == null ? "global" : guildId))
                .orElseGet(Payloads.JSON::createArrayNode)
                .deepCopy();
    }
}
