package dev.studybot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studybot.app.StudyBot;
import dev.studybot.chat.Messages;
import dev.studybot.chat.Reply;
import dev.studybot.roadmap.Roadmap;
import dev.studybot.roadmap.Topic;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.buttons.ButtonStyle;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReplyRendererTest {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};

    @Test
    @DisplayName(
            "GIVEN every topic of the Go roadmap in both languages WHEN rendered THEN all fit Discord's limits and JDA takes them")
    void everyTopicFitsDiscord() {
        try (StudyBot bot = new StudyBot(dev.studybot.TestConfigs.isolated(), Clock.systemUTC())) {
            Roadmap roadmap = bot.library().defaultRoadmap();
            int rendered = 0;
            for (Topic topic : roadmap.topics()) {
                for (Locale locale : List.of(Messages.ZH, Messages.EN)) {
                    ReplyRenderer.Rendered discord =
                            ReplyRenderer.render(bot.topicView().render(roadmap, topic, locale));
                    EmbedSplitterTest.assertWithinDiscordLimits(discord.pages());
                    for (int page = 0; page < discord.pageCount(); page++) {
                        MessageCreateData data = discord.create(page);
                        assertThat(data.getEmbeds()).isNotEmpty();
                    }
                    rendered++;
                }
            }
            assertThat(rendered).isGreaterThan(800);
        }
    }

    @Test
    @DisplayName("GIVEN a reply with every kind of block WHEN rendered THEN Discord users see it the usual way")
    void rendersEveryBlock() {
        Reply reply = Reply.builder(Reply.Visibility.PRIVATE)
                .title("epoll_ctl")
                .breadcrumb("初级 › 操作系统")
                .badge("必会")
                .badge("推荐")
                .text("笔记", "用 *epoll_ctl* 管理")
                .code("go", "for {\n}")
                .notice(Reply.Tone.WARNING, "原文有误")
                .fields(List.of(new Reply.Field("成员", "bob")))
                .footer("id 1.1 · 路线")
                .build();

        ReplyRenderer.Rendered rendered = ReplyRenderer.render(reply);

        assertThat(rendered.ephemeral()).isTrue();
        MessageEmbed embed = rendered.create(0).getEmbeds().get(0);
        assertThat(embed.getTitle()).isEqualTo("epoll\\_ctl");
        assertThat(embed.getAuthor().getName()).isEqualTo("初级 › 操作系统");
        assertThat(embed.getDescription())
                .isEqualTo("`必会` `推荐`\n\n**笔记**\n用 \\*epoll\\_ctl\\* 管理\n\n```go\nfor {\n}\n```\n\n> ⚠️ 原文有误");
        assertThat(embed.getFields()).extracting(MessageEmbed.Field::getName).containsExactly("成员");
        assertThat(embed.getFooter().getText()).isEqualTo("id 1.1 · 路线");
        assertThat(embed.getColorRaw()).isEqualTo(ReplyRenderer.COLOR_WARNING);
    }

    @Test
    @DisplayName("GIVEN buttons and a select WHEN rendered THEN they become action rows with ids untouched")
    void rendersComponents() {
        Reply reply = Reply.builder(Reply.Visibility.PUBLIC)
                .text("q")
                .buttons(List.of(
                        new Reply.Button("1:quiz:answer:1:0:abcdefgh", "A. go", Reply.Tone.INFO, false),
                        new Reply.Button("1:quiz:answer:1:1:abcdefgh", "B. chan", Reply.Tone.SUCCESS, false),
                        new Reply.Button("1:quiz:answer:1:2:abcdefgh", "C. select", Reply.Tone.DANGER, true),
                        new Reply.Button("x".repeat(101), "too long an id")))
                .select(new Reply.Select(
                        "1:topic:pick:abcdefgh",
                        "选择子主题",
                        List.of(
                                new Reply.Option("原理", "2.1.1", "5 个子主题"),
                                new Reply.Option("bad", "v".repeat(101), null))))
                .build();

        ReplyRenderer.Rendered rendered = ReplyRenderer.render(reply);

        assertThat(rendered.ephemeral()).isFalse();
        List<ActionRow> rows = rendered.create(0).getComponents().stream()
                .map(c -> (ActionRow) c)
                .toList();
        assertThat(rows).hasSize(2);
        List<Button> buttons = rows.get(0).getButtons();
        assertThat(buttons)
                .extracting(Button::getCustomId)
                .containsExactly(
                        "1:quiz:answer:1:0:abcdefgh", "1:quiz:answer:1:1:abcdefgh", "1:quiz:answer:1:2:abcdefgh");
        assertThat(buttons)
                .extracting(Button::getStyle)
                .containsExactly(ButtonStyle.SECONDARY, ButtonStyle.PRIMARY, ButtonStyle.DANGER);
        assertThat(buttons.get(2).isDisabled()).isTrue();
        StringSelectMenu select = (StringSelectMenu) rows.get(1).getComponents().get(0);
        assertThat(select.getCustomId()).isEqualTo("1:topic:pick:abcdefgh");
        assertThat(select.getPlaceholder()).isEqualTo("选择子主题");
        assertThat(select.getOptions()).extracting(o -> o.getValue()).containsExactly("2.1.1");
    }

    @Test
    @DisplayName("GIVEN pictures WHEN rendered THEN each is attached as a PNG and shown in an embed")
    void attachesPictures() {
        Reply reply = Reply.builder(Reply.Visibility.PUBLIC)
                .title("团队覆盖")
                .image(new Reply.Image("coverage map.png", PNG, "覆盖图"))
                .image(new Reply.Image("../coverage map.png", PNG, null))
                .build();

        ReplyRenderer.Rendered rendered = ReplyRenderer.render(reply);
        MessageCreateData data = rendered.create(0);

        assertThat(data.getFiles())
                .extracting(f -> f.getName())
                .containsExactly("coverage_map.png", "coverage_map-2.png");
        assertThat(data.getFiles().get(0).getDescription()).isEqualTo("覆盖图");
        assertThat(data.getEmbeds())
                .extracting(e -> e.getImage().getUrl())
                .containsExactly("attachment://coverage_map.png", "attachment://coverage_map-2.png");
    }

    @Test
    @DisplayName(
            "GIVEN content longer than one message WHEN rendered THEN the components ride on the first message only")
    void componentsOnFirstPage() {
        Reply.Builder builder = Reply.builder(Reply.Visibility.PRIVATE).title("长");
        for (int i = 0; i < 4; i++) {
            builder.text("段落 " + i, "很长的内容。".repeat(600));
        }
        builder.buttons(List.of(new Reply.Button("1:topic:open:1:abcdefgh", "↑ 上一级")));

        ReplyRenderer.Rendered rendered = ReplyRenderer.render(builder.build());

        assertThat(rendered.pageCount()).isGreaterThan(1);
        assertThat(rendered.create(0).getComponents()).hasSize(1);
        for (int page = 1; page < rendered.pageCount(); page++) {
            assertThat(rendered.create(page).getComponents()).isEmpty();
        }
        assertThat(rendered.edit(0).getEmbeds()).isNotEmpty();
    }

    @Test
    @DisplayName("GIVEN odd file names WHEN made unique THEN Discord gets safe .png names")
    void fileNames() {
        assertThat(ReplyRenderer.uniqueFileName("进度 图", java.util.Set.of())).isEqualTo("picture.png");
        assertThat(ReplyRenderer.uniqueFileName("a/b/progress.PNG", java.util.Set.of()))
                .isEqualTo("progress.png");
        assertThat(ReplyRenderer.uniqueFileName("x", java.util.Set.of("x.png"))).isEqualTo("x-2.png");
    }
}
