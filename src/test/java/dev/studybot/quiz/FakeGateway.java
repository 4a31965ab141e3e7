package dev.studybot.quiz;

import dev.studybot.chat.ChannelRef;
import dev.studybot.chat.ChatGateway;
import dev.studybot.chat.PostException;
import dev.studybot.chat.Reply;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A platform as the quiz sees it: every post and edit is recorded, in order; a test can make the next
 * posts or edits fail first (a rate limit with its retry-after, a network failure, a missing channel).
 * Safe to share between threads and between "processes" (two services posting to one platform). A
 * gateway made {@link #serving} some teams stands for a process running only their shards: it does not
 * see the other teams' channels, and a post or edit there fails as on Discord.
 */
final class FakeGateway implements ChatGateway {
    /** One post or edit that landed. */
    record Call(String kind, ChannelRef channel, String messageId, Reply reply) {}

    private final List<Call> calls = new ArrayList<>();
    private final Deque<PostException> postFailures = new ArrayDeque<>();
    private final Deque<PostException> editFailures = new ArrayDeque<>();
    private final AtomicInteger ids = new AtomicInteger();
    private int refusedPosts;
    private Set<String> servedTeams;
    private final List<ChannelRef> unseen = new ArrayList<>();

    private final AtomicInteger active = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();
    private volatile long postMillis;

    @Override
    public String post(ChannelRef channel, Reply reply) throws PostException {
        int now = active.incrementAndGet();
        mostAtOnce.accumulateAndGet(now, Math::max);
        try {
            if (postMillis > 0) {
                Thread.sleep(postMillis);
            }
            synchronized (this) {
                requireSeen(channel);
                PostException failure = postFailures.poll();
                if (failure != null) {
                    refusedPosts++;
                    throw failure;
                }
                String id = "m" + ids.incrementAndGet();
                calls.add(new Call("post", channel, id, reply));
                return id;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PostException.transientFailure("interrupted", e);
        } finally {
            active.decrementAndGet();
        }
    }

    @Override
    public synchronized boolean serves(ChannelRef channel) {
        return servedTeams == null || servedTeams.contains(channel.teamId());
    }

    /** This "process" runs only these teams' shards: it serves and sees their channels, no others. */
    synchronized FakeGateway serving(String... teams) {
        this.servedTeams = Set.of(teams);
        return this;
    }

    private void requireSeen(ChannelRef channel) throws PostException {
        if (!serves(channel)) {
            unseen.add(channel);
            throw PostException.permanent(
                    "channel " + channel.channelId() + " does not exist or the bot cannot see it", null);
        }
    }

    /** The channels a post or edit went to that this "process" does not see (none, if the scheduler is right). */
    synchronized List<ChannelRef> unseen() {
        return List.copyOf(unseen);
    }

    /** Each post takes this long, as a real platform's does. */
    FakeGateway postTakes(long millis) {
        this.postMillis = millis;
        return this;
    }

    /** The most posts that were in flight at the same time. */
    int mostPostsAtOnce() {
        return mostAtOnce.get();
    }

    @Override
    public synchronized void edit(ChannelRef channel, String messageId, Reply reply) throws PostException {
        requireSeen(channel);
        PostException failure = editFailures.poll();
        if (failure != null) {
            throw failure;
        }
        calls.add(new Call("edit", channel, messageId, reply));
    }

    /** The next posts fail with these, in order, before posts land again. */
    synchronized FakeGateway failPosts(PostException... failures) {
        postFailures.addAll(List.of(failures));
        return this;
    }

    synchronized FakeGateway failEdits(PostException... failures) {
        editFailures.addAll(List.of(failures));
        return this;
    }

    synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    synchronized List<Call> posts() {
        return calls.stream().filter(c -> c.kind().equals("post")).toList();
    }

    synchronized List<Call> edits() {
        return calls.stream().filter(c -> c.kind().equals("edit")).toList();
    }

    /** Posts that ask for answers: the quiz questions (they carry answer buttons). */
    synchronized List<Call> questions() {
        return posts().stream()
                .filter(c ->
                        c.reply().buttons().stream().anyMatch(b -> b.label().startsWith("A. ")))
                .toList();
    }

    synchronized int refusedPosts() {
        return refusedPosts;
    }

    synchronized void clear() {
        calls.clear();
    }
}
