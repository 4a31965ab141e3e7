package dev.studybot.slack.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A member of the fake workspace driving the bot the way a person does in Slack: typing slash
 * commands, clicking buttons, picking from selects, typing into a search box. Each action returns
 * what Slack got back at once (the ack) and the response_url the bot answers on.
 */
public final class SlackUser {
    /** Seconds a test waits for the bot's answer: generous, for loaded CI machines. */
    public static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(15);

    private static final AtomicInteger EPHEMERAL = new AtomicInteger();

    private final FakeSlack slack;
    private final SlackTransport transport;
    private final SlackPayloads.Where where;

    /** An action sent to the bot: the immediate ack, and where its answer will be posted. */
    public record Sent(SlackTransport.Ack ack, String responseUrl) {}

    public SlackUser(FakeSlack slack, SlackTransport transport, String userId, String userName, String channelId) {
        this.slack = slack;
        this.transport = transport;
        this.where = new SlackPayloads.Where(
                FakeSlack.TEAM_ID, FakeSlack.TEAM_DOMAIN, channelId, "general", userId, userName);
    }

    public String id() {
        return where.userId();
    }

    /** Types {@code /command text}. */
    public Sent command(String command, String text) {
        String url = slack.newResponseUrl();
        return new Sent(transport.command(SlackPayloads.slashCommand(where, command, text, url)), url);
    }

    /** Clicks the button with this action id on a message. */
    public Sent press(SlackMessage message, SlackMessage.Control button) {
        String url = slack.newResponseUrl();
        return new Sent(
                transport.interactive(SlackPayloads.buttonClick(
                        where, ts(message), message.ephemeral(), button.actionId(), button.text(), url)),
                url);
    }

    /** Picks {@code value} in a select of a message. */
    public Sent pick(SlackMessage message, SlackMessage.Control select, String value, String label) {
        String url = slack.newResponseUrl();
        return new Sent(
                transport.interactive(SlackPayloads.selectPick(
                        where, ts(message), message.ephemeral(), select.type(), select.actionId(), value, label, url)),
                url);
    }

    /** Types {@code value} into an external select; the ack holds the options Slack would show. */
    public SlackTransport.Ack suggest(SlackMessage message, String actionId, String value) {
        return transport.interactive(SlackPayloads.blockSuggestion(where, ts(message), actionId, value));
    }

    /** Waits for the bot's answer to an action, as the member sees it. */
    public SlackMessage answer(Sent sent) {
        return slack.awaitResponse(sent.responseUrl(), ANSWER_TIMEOUT).message();
    }

    /** The option labels in a suggestion ack. */
    public static List<String> optionLabels(SlackTransport.Ack ack) {
        List<String> labels = new ArrayList<>();
        for (JsonNode option : ack.body().path("options")) {
            labels.add(option.path("text").path("text").asText());
        }
        return labels;
    }

    private static String ts(SlackMessage message) {
        // an ephemeral answer has a ts in Slack too; the fake never sees it, so make one up
        return message.ts() != null ? message.ts() : "1700000099." + String.format("%06d", EPHEMERAL.incrementAndGet());
    }
}
