package dev.studybot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MarkdownTest {
    @Test
    @DisplayName("GIVEN roadmap text with markdown characters WHEN escaped THEN Discord shows them as typed")
    void escapesFormatting() {
        assertThat(Markdown.escape("epoll_ctl *ptr ~x~ `a` |b| [l](u) <@1> > q"))
                .isEqualTo("epoll\\_ctl \\*ptr \\~x\\~ \\`a\\` \\|b\\| \\[l\\](u) \\<@1\\> \\> q");
        assertThat(Markdown.escape("# 标题\n  ## 小标题\n-# 小字\n1. 列表")).isEqualTo("\\# 标题\n  \\## 小标题\n\\-# 小字\n1. 列表");
        assertThat(Markdown.escape("a\\b")).isEqualTo("a\\\\b");
    }

    @Test
    @DisplayName("GIVEN code holding a fence WHEN fenced THEN the block cannot end early")
    void fencesCode() {
        String fenced = Markdown.fence("go", "fmt.Println(\"```\")\n");
        assertThat(fenced).startsWith("```go\n").endsWith("\n```");
        assertThat(fenced.substring(6, fenced.length() - 4)).doesNotContain("```");
        assertThat(Markdown.fence("g o;rm", "x")).startsWith("```gorm\n");
    }

    @Test
    @DisplayName("GIVEN text over a limit WHEN truncated THEN no escape or surrogate pair is cut")
    void truncatesSafely() {
        assertThat(Markdown.truncate("abcdef", 4)).isEqualTo("abc…");
        assertThat(Markdown.truncate("ab\\*cd", 4)).isEqualTo("ab…");
        String emoji = "ab😀cd";
        assertThat(Markdown.truncate(emoji, 4)).isEqualTo("ab…");
        assertThat(Markdown.truncateHead("初级 › 计算机基础 › 操作系统", 8)).isEqualTo("… › 操作系统");
        assertThat(Markdown.truncate("short", 10)).isEqualTo("short");
    }
}
