package dev.studybot.slack;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The Slack name of each router command. Slack keeps some names for its own built-in commands ({@code
 * /topic} sets a channel's topic) and refuses an app manifest that lists one, so those commands get the
 * prefix {@value #PREFIX}: {@code /topic} is {@code /study-topic} on Slack. Incoming commands are
 * accepted under either name.
 */
final class SlackCommandNames {
    static final String PREFIX = "study-";

    /** Slack's built-in commands (help.slack.com, "Use shortcuts to take actions in Slack"). */
    static final Set<String> RESERVED = Set.of(
            "active",
            "apps",
            "archive",
            "away",
            "call",
            "collapse",
            "dm",
            "dnd",
            "expand",
            "feed",
            "feedback",
            "giphy",
            "help",
            "invite",
            "join",
            "kick",
            "leave",
            "me",
            "msg",
            "mute",
            "open",
            "prefs",
            "remind",
            "remove",
            "rename",
            "search",
            "shortcuts",
            "shrug",
            "star",
            "status",
            "topic",
            "who");

    /**
     * A reserved command written in prose: a slash at the start or after a space or punctuation (not
     * inside a path or a longer name), and not followed by more of a name or a path.
     */
    private static final Pattern IN_PROSE =
            Pattern.compile("(?<![\\w/.-])/(" + String.join("|", RESERVED) + ")(?![\\w/-])");

    private SlackCommandNames() {}

    /**
     * The text with each reserved command named as members type it on Slack: the bot's hints say
     * {@code /topic}, and on Slack {@code /topic} would set the channel's topic instead.
     */
    static String inProse(String text) {
        if (text == null || text.indexOf('/') < 0) {
            return text;
        }
        return IN_PROSE.matcher(text).replaceAll("/" + PREFIX + "$1");
    }

    /** The command as registered on Slack, with its slash: {@code /roadmap}, {@code /study-topic}. */
    static String slackName(String routerName) {
        String name = routerName.toLowerCase(Locale.ROOT);
        return "/" + (RESERVED.contains(name) ? PREFIX + name : name);
    }

    /** The router command for a Slack command ({@code /study-topic} or {@code /topic}), if it looks like one. */
    static Optional<String> routerName(String slackCommand) {
        if (slackCommand == null) {
            return Optional.empty();
        }
        String name = slackCommand.strip().toLowerCase(Locale.ROOT);
        if (name.startsWith("/")) {
            name = name.substring(1);
        }
        if (name.startsWith(PREFIX) && RESERVED.contains(name.substring(PREFIX.length()))) {
            name = name.substring(PREFIX.length());
        }
        return name.isEmpty() ? Optional.empty() : Optional.of(name);
    }
}
