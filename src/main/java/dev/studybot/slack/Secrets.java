package dev.studybot.slack;

import java.util.ArrayList;
import java.util.List;

/**
 * The adapter's secrets, kept only to strike them from text that may reach a log (an exception
 * message from a library, say). Its {@link #toString()} shows nothing.
 */
final class Secrets {
    private final List<String> values = new ArrayList<>();

    Secrets(String... secrets) {
        for (String secret : secrets) {
            if (secret != null && secret.length() >= 4) {
                values.add(secret);
            }
        }
    }

    /** The text with every secret replaced by {@code ***}. */
    String scrub(String text) {
        if (text == null) {
            return "";
        }
        String out = text;
        for (String secret : values) {
            out = out.replace(secret, "***");
        }
        return out;
    }

    @Override
    public String toString() {
        return "Secrets[hidden]";
    }
}
