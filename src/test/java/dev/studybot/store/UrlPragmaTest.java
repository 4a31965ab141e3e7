package dev.studybot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class UrlPragmaTest {
    @Test
    @DisplayName(
            "GIVEN an operator who wants power-loss durability WHEN the URL says synchronous=FULL THEN every connection runs with FULL")
    void synchronousFullFromUrl() {
        String url = TestDatabases.newSqliteUrl() + "?synchronous=FULL";
        try (Database db = Database.open(url)) {
            SqlFunction<java.sql.Connection, Integer> mode = c -> (int) Sql.count(c, "PRAGMA synchronous");
            assertThat(db.inTransaction(mode)).isEqualTo(2);
            assertThat(db.read(mode)).isEqualTo(2);
            assertThat(db.sqliteFile().orElseThrow().getFileName().toString()).isEqualTo("studybot.db");
        }
    }

    @Test
    @DisplayName(
            "GIVEN a URL asking for synchronous=OFF WHEN the bot starts THEN it refuses, since confirmed answers could be lost")
    void synchronousOffRefused() {
        assertThatThrownBy(() -> Database.open(TestDatabases.newSqliteUrl() + "?synchronous=off"))
                .isInstanceOf(StoreStartupException.class)
                .hasMessage("The database URL asks for synchronous=OFF, which could lose answers the bot has confirmed:"
                        + " use NORMAL (the default) or FULL.");
    }
}
