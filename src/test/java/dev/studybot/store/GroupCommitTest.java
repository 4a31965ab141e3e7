package dev.studybot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;

/** Writes that share one commit (SQLite's group commit) and the asynchronous form of writes. */
class GroupCommitTest {

    @BothDatabases
    @DisplayName(
            "GIVEN an answer recorded asynchronously WHEN its future completes THEN the answer is committed, and a second one is told it was already answered")
    void recordAsync(Database db) throws Exception {
        Fixtures fixtures = new Fixtures(db);
        Fixtures.World world = fixtures.world();
        long ada = fixtures.user(world.team().id(), "ada");
        AnswerRepository answers = new AnswerRepository(db);
        NewAnswer answer =
                new NewAnswer(world.quiz().id(), ada, 2, true, world.quiz().openedAt(), 10);

        RecordResult first = answers.recordAsync(answer).get(10, TimeUnit.SECONDS);
        String committedBy = answers.recordAsync(answer)
                .thenApply(again -> again instanceof RecordResult.AlreadyAnswered
                        ? Thread.currentThread().getName()
                        : "recorded twice")
                .get(10, TimeUnit.SECONDS);

        assertThat(first).isInstanceOf(RecordResult.Recorded.class);
        assertThat(answers.find(world.quiz().id(), ada)).contains(first.answer());
        assertThat(committedBy)
                .as("chained work never runs on the writer")
                .isNotEqualTo("studybot-sqlite-writer")
                .isNotEqualTo("recorded twice");
    }

    @BothDatabases
    @DisplayName(
            "GIVEN many writes queued together, one of them failing WHEN they commit THEN the failing one alone is rolled back and told why, and every other write is saved")
    void oneFailureDoesNotSinkTheBatch(Database db) {
        String prefix = Fixtures.unique("batch");
        List<CompletableFuture<Integer>> writes = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            int n = i;
            writes.add(db.inTransactionAsync(c -> {
                Sql.update(c, "INSERT INTO bot_settings (key, value) VALUES (?, 'x')", prefix + n);
                if (n == 25) {
                    throw new IllegalArgumentException("write 25 is refused");
                }
                return n;
            }));
        }

        assertOnlyOneFailed(writes, 25, IllegalArgumentException.class);
        SettingsRepository settings = new SettingsRepository(db);
        assertThat(settings.get(prefix + 25)).isEmpty();
        assertThat(settings.get(prefix + 24)).contains("x");
        assertThat(settings.get(prefix + 49)).contains("x");
    }

    @BothDatabases
    @DisplayName(
            "GIVEN writes sharing a commit, one refused by the database itself WHEN they commit together THEN that one alone fails and the others are saved, on PostgreSQL too, where the refusal aborts the transaction")
    void sharedCommitSurvivesARefusedStatement(Database db) {
        String prefix = Fixtures.unique("shared");
        new SettingsRepository(db).put(prefix + "taken", "first");
        List<CompletableFuture<Integer>> writes = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int n = i;
            writes.add(db.inSharedCommitAsync(c -> {
                // a plain INSERT of a key that exists: a constraint violation, not an exception of ours
                String key = n == 20 ? prefix + "taken" : prefix + n;
                Sql.update(c, "INSERT INTO bot_settings (key, value) VALUES (?, 'x')", key);
                return n;
            }));
        }

        assertOnlyOneFailed(writes, 20, StoreException.class);
        SettingsRepository settings = new SettingsRepository(db);
        assertThat(settings.get(prefix + "taken")).contains("first");
        assertThat(settings.get(prefix + 19)).contains("x");
        assertThat(settings.get(prefix + 21)).contains("x");
        assertThat(settings.get(prefix + 39)).contains("x");
    }

    /** Write {@code failed} failed with {@code cause}; every other write returned its own number. */
    private static void assertOnlyOneFailed(
            List<CompletableFuture<Integer>> writes, int failed, Class<? extends Throwable> cause) {
        for (int i = 0; i < writes.size(); i++) {
            if (i == failed) {
                assertThatThrownBy(writes.get(i)::join)
                        .isInstanceOf(CompletionException.class)
                        .hasCauseInstanceOf(cause);
            } else {
                assertThat(writes.get(i).join()).isEqualTo(i);
            }
        }
    }

    @BothDatabases
    @DisplayName(
            "GIVEN a write that starts another write from inside its transaction WHEN it runs THEN it fails plainly instead of waiting for itself")
    void nestedWriteFailsPlainly(Database db, Dialect dialect) {
        SettingsRepository settings = new SettingsRepository(db);
        String key = Fixtures.unique("nested");

        if (dialect == Dialect.SQLITE) {
            assertThatThrownBy(() -> db.inTransaction(c -> {
                        settings.put(key, "inner");
                        return null;
                    }))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("pass its Connection on");
            assertThat(settings.get(key)).isEmpty();
        } else {
            // PostgreSQL runs the inner write on its own connection and transaction
            db.inTransaction(c -> {
                settings.put(key, "inner");
                return null;
            });
            assertThat(settings.get(key)).contains("inner");
        }
    }
}
