package dev.studybot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the shared-commit writer busy until closed, so the writes queued meanwhile are taken
 * together, as one group, once it is released.
 */
final class HeldWriter implements AutoCloseable {
    private final CountDownLatch release = new CountDownLatch(1);
    private final CompletableFuture<Object> hold;

    private HeldWriter(Database db) throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        hold = db.inSharedCommitAsync(c -> {
            started.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        });
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
    }

    /** Returns once the writer is busy with the hold. */
    static HeldWriter hold(Database db) throws InterruptedException {
        return new HeldWriter(db);
    }

    /** Lets the writer go on, and waits until the hold is done (it fails with its batch, if the batch fails). */
    @Override
    public void close() {
        release.countDown();
        hold.handle((done, failure) -> null).join();
    }
}
