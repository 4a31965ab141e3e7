package dev.studybot.slack;

import dev.studybot.chat.Command;
import dev.studybot.chat.CommandRequest;
import dev.studybot.chat.CommandSpec;
import dev.studybot.chat.OptionSpec;
import dev.studybot.chat.Reply;
import java.util.List;

/** A stand-in for the picture replies being built elsewhere: {@code /picture [public|private]}. */
final class PictureCommand implements Command {
    /** The smallest PNG there is: a signature and a few chunks, enough to check bytes arrive whole. */
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @Override
    public CommandSpec spec() {
        return CommandSpec.of(
                "picture",
                "cmd.picture",
                OptionSpec.choice("where", "cmd.picture.where", false, List.of("public", "private")));
    }

    @Override
    public Reply execute(CommandRequest request) {
        boolean publicReply = request.option("where").orElse("private").equals("public");
        return Reply.builder(publicReply ? Reply.Visibility.PUBLIC : Reply.Visibility.PRIVATE)
                .title("团队覆盖图")
                .text("初级 80% · 高级 40%")
                .image(new Reply.Image("coverage.png", PNG, "团队在各部分的覆盖率"))
                .build();
    }
}
