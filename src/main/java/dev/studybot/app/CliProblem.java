package dev.studybot.app;

/** A command-line request that cannot be done; the message is the one sentence printed, exit code 1. */
final class CliProblem extends RuntimeException {
    CliProblem(String message) {
        super(message, null, false, false);
    }
}
