package dev.studybot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One REST call the bot made to the fake, with what the fake answered.
 *
 * @param seq the order in which calls arrived
 * @param at when it arrived
 * @param method {@code GET}, {@code POST}, ...
 * @param path the path below the API base, such as {@code channels/123/messages}
 * @param query the query parameters
 * @param body the JSON body (for multipart requests: the {@code payload_json} part), or null
 * @param files the uploaded files of a multipart request
 * @param status the HTTP status the fake answered
 * @param response the JSON the fake answered, or null
 * @param authorized whether the call carried the bot's token
 */
public record RecordedCall(
        int seq,
        Instant at,
        String method,
        String path,
        Map<String, String> query,
        JsonNode body,
        List<UploadedFile> files,
        int status,
        JsonNode response,
        boolean authorized) {
    public RecordedCall {
        query = Map.copyOf(query);
        files = List.copyOf(files);
    }

    /** A file of a multipart request: its form field ({@code files[0]}), file name, type and bytes. */
    public record UploadedFile(String field, String fileName, String contentType, byte[] bytes) {}

    public boolean is(String method, String pathRegex) {
        return this.method.equals(method) && path.matches(pathRegex);
    }

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    @Override
    public String toString() {
        return "#" + seq + " " + method + " " + path + " -> " + status;
    }
}
