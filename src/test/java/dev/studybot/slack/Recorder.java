package dev.studybot.slack;

import dev.studybot.chat.AutocompleteRequest;
import dev.studybot.chat.Caller;
import dev.studybot.chat.Choice;
import dev.studybot.chat.Command;
import dev.studybot.chat.CommandRequest;
import dev.studybot.chat.CommandSpec;
import dev.studybot.chat.ComponentId;
import dev.studybot.chat.ComponentRequest;
import dev.studybot.chat.Reply;
import dev.studybot.slack.fake.Wait;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Records what reached the commands behind the router (a command run, a click, a suggestion), with
 * the caller the adapter built: what the tests check "the router was (not) called" against.
 */
final class Recorder {
    /** One call into a command. */
    record Invocation(
            String kind,
            String command,
            String subcommand,
            Caller caller,
            Map<String, String> options,
            String rawId,
            List<String> values,
            String messageId) {}

    private final List<Invocation> invocations = new CopyOnWriteArrayList<>();

    List<Invocation> all() {
        return List.copyOf(invocations);
    }

    List<Invocation> of(String kind) {
        return invocations.stream().filter(i -> i.kind().equals(kind)).toList();
    }

    List<Invocation> await(String kind, int count, Duration timeout) {
        return Wait.until(timeout, () -> of(kind), list -> list.size() >= count, count + " x " + kind);
    }

    void clear() {
        invocations.clear();
    }

    /** Wraps commands so each call is recorded before it runs. */
    List<Command> wrap(List<Command> commands) {
        List<Command> out = new ArrayList<>();
        for (Command command : commands) {
            out.add(new Recording(command));
        }
        return out;
    }

    private final class Recording implements Command {
        private final Command inner;

        Recording(Command inner) {
            this.inner = inner;
        }

        @Override
        public CommandSpec spec() {
            return inner.spec();
        }

        @Override
        public Reply execute(CommandRequest request) {
            invocations.add(new Invocation(
                    "execute",
                    request.command(),
                    request.subcommand(),
                    request.caller(),
                    request.options(),
                    null,
                    List.of(),
                    null));
            return inner.execute(request);
        }

        @Override
        public Reply onComponent(ComponentRequest request, ComponentId id) {
            invocations.add(new Invocation(
                    "component",
                    id.feature(),
                    id.action(),
                    request.caller(),
                    Map.of(),
                    request.rawId(),
                    request.values(),
                    request.messageId()));
            return inner.onComponent(request, id);
        }

        @Override
        public List<Choice> autocomplete(AutocompleteRequest request) {
            invocations.add(new Invocation(
                    "autocomplete",
                    request.command(),
                    request.option(),
                    request.caller(),
                    Map.of(request.option(), request.partial()),
                    null,
                    List.of(),
                    null));
            return inner.autocomplete(request);
        }
    }
}
