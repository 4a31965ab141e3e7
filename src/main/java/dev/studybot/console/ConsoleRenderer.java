package dev.studybot.console;

import dev.studybot.chat.Messages;
import dev.studybot.chat.Reply;
import java.util.List;
import java.util.Locale;

/** Writes a {@link Reply} as plain text for a terminal, numbering every button and select option. */
final class ConsoleRenderer {
    private ConsoleRenderer() {}

    /**
     * @param channelPost whether this is a public post to the channel (a quiz) rather than a reply
     * @param pressables receives the buttons and options in the order they are numbered
     * @param messageId the message the components sit on, or null
     */
    static String render(
            Reply reply,
            boolean channelPost,
            Messages messages,
            Locale locale,
            List<ConsolePlayground.Pressable> pressables,
            String messageId) {
        StringBuilder out = new StringBuilder();
        String header = channelPost
                ? messages.get(locale, "console.header.channel", ConsolePlayground.CHANNEL)
                : reply.visibility() == Reply.Visibility.PRIVATE
                        ? messages.get(locale, "console.header.private")
                        : messages.get(locale, "console.header.public");
        out.append(header).append('\n');
        if (reply.title() != null) {
            out.append("【").append(reply.title()).append("】");
            for (String badge : reply.badges()) {
                out.append(" [").append(badge).append(']');
            }
            out.append('\n');
        } else if (!reply.badges().isEmpty()) {
            out.append(String.join(" ", reply.badges())).append('\n');
        }
        if (reply.breadcrumb() != null) {
            out.append(reply.breadcrumb()).append('\n');
        }
        for (Reply.Block block : reply.blocks()) {
            if (block instanceof Reply.Text text) {
                if (text.heading() != null) {
                    out.append("— ").append(text.heading()).append(" —\n");
                }
                if (!text.body().isEmpty()) {
                    out.append(text.body()).append('\n');
                }
            } else if (block instanceof Reply.Code code) {
                out.append("```").append(code.language()).append('\n');
                out.append(code.code()).append('\n');
                out.append("```\n");
            } else if (block instanceof Reply.Notice notice) {
                out.append(mark(notice.tone()))
                        .append(' ')
                        .append(notice.text())
                        .append('\n');
            } else if (block instanceof Reply.Fields fields) {
                for (Reply.Field field : fields.fields()) {
                    out.append(field.label()).append(": ").append(field.value()).append('\n');
                }
            }
        }
        int number = 0;
        for (Reply.Row row : reply.rows()) {
            StringBuilder line = new StringBuilder();
            if (row instanceof Reply.ButtonRow buttons) {
                for (Reply.Button button : buttons.buttons()) {
                    number++;
                    if (line.length() > 0) {
                        line.append("  ");
                    }
                    line.append('[').append(number).append("] ").append(button.label());
                    if (button.disabled()) {
                        line.append(" (-)");
                    }
                    pressables.add(new ConsolePlayground.Pressable(button.id(), null, messageId));
                }
                out.append(line).append('\n');
            } else if (row instanceof Reply.SelectRow select) {
                if (select.select().placeholder() != null) {
                    out.append(select.select().placeholder()).append(":\n");
                }
                for (Reply.Option option : select.select().options()) {
                    number++;
                    out.append("  [")
                            .append(number)
                            .append("] ")
                            .append(option.label())
                            .append('\n');
                    pressables.add(
                            new ConsolePlayground.Pressable(select.select().id(), option.value(), messageId));
                }
            }
        }
        if (number > 0) {
            out.append(messages.get(locale, "console.press.hint")).append('\n');
        }
        if (reply.footer() != null) {
            out.append("· ").append(reply.footer()).append('\n');
        }
        out.append('\n');
        return out.toString();
    }

    private static String mark(Reply.Tone tone) {
        return switch (tone) {
            case INFO -> "ℹ";
            case SUCCESS -> "✔";
            case WARNING -> "⚠";
            case DANGER -> "✖";
        };
    }
}
