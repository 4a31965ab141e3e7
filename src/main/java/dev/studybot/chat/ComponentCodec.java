package dev.studybot.chat;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The one codec for component ids: {@code 1:quiz:answer:42:1:Ab3dE9gH}, a version, the feature, the
 * action, the arguments and a short HMAC that proves the bot wrote it. Ids stay under Discord's
 * 100-character limit; anything forged, truncated or from an older format is refused on the way back
 * in with a reason, never an exception that reaches the user.
 */
public final class ComponentCodec {
    /** Discord's limit for a custom id. */
    public static final int MAX_LENGTH = 100;

    static final String VERSION = "1";
    private static final int SIGNATURE_LENGTH = 8;
    private static final char SEPARATOR = ':';

    private final byte[] secret;

    /** @param secret the key that signs ids; shared by every bot process of a deployment */
    public ComponentCodec(byte[] secret) {
        Objects.requireNonNull(secret, "secret");
        if (secret.length < 16) {
            throw new IllegalArgumentException("secret must be at least 16 bytes, got " + secret.length);
        }
        this.secret = secret.clone();
    }

    /** Encodes an id; throws {@link IllegalArgumentException} for parts with a colon or a result over 100 chars. */
    public String encode(ComponentId id) {
        StringBuilder payload = new StringBuilder(VERSION);
        append(payload, id.feature());
        append(payload, id.action());
        for (String arg : id.args()) {
            append(payload, arg);
        }
        String encoded = payload + String.valueOf(SEPARATOR) + sign(payload.toString());
        if (encoded.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("component id longer than " + MAX_LENGTH + " characters: " + encoded);
        }
        return encoded;
    }

    /** Shorthand for {@code encode(ComponentId.of(...))}. */
    public String encode(String feature, String action, String... args) {
        return encode(ComponentId.of(feature, action, args));
    }

    private static void append(StringBuilder payload, String part) {
        if (part == null || part.indexOf(SEPARATOR) >= 0) {
            throw new IllegalArgumentException("component id part must not be null or hold ':', got " + part);
        }
        payload.append(SEPARATOR).append(part);
    }

    /** Checks and decodes an id the platform sent back. */
    public ComponentId decode(String raw) throws InvalidComponentException {
        if (raw == null || raw.isEmpty() || raw.length() > MAX_LENGTH) {
            throw new InvalidComponentException(InvalidComponentException.Reason.MALFORMED, "empty or too long");
        }
        int cut = raw.lastIndexOf(SEPARATOR);
        if (cut <= 0) {
            throw new InvalidComponentException(InvalidComponentException.Reason.MALFORMED, raw);
        }
        String payload = raw.substring(0, cut);
        String signature = raw.substring(cut + 1);
        List<String> parts = Arrays.asList(payload.split(String.valueOf(SEPARATOR), -1));
        if (!parts.get(0).equals(VERSION)) {
            throw new InvalidComponentException(
                    parts.get(0).matches("\\d+")
                            ? InvalidComponentException.Reason.STALE
                            : InvalidComponentException.Reason.MALFORMED,
                    raw);
        }
        if (parts.size() < 3) {
            throw new InvalidComponentException(InvalidComponentException.Reason.MALFORMED, raw);
        }
        byte[] expected = sign(payload).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII))) {
            throw new InvalidComponentException(InvalidComponentException.Reason.FORGED, raw);
        }
        return new ComponentId(parts.get(1), parts.get(2), parts.subList(3, parts.size()));
    }

    private String sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] digest = mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(digest)
                    .substring(0, SIGNATURE_LENGTH);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
