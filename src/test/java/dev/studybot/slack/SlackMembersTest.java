package dev.studybot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import dev.studybot.slack.fake.FakeSlack;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SlackMembersTest {
    private final AtomicLong nanos = new AtomicLong();
    private final Ticker ticker = nanos::get;
    private FakeSlack slack;
    private Slack client;
    private SlackWebApi api;

    @BeforeEach
    void start() {
        slack = FakeSlack.start();
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(slack.apiUrl());
        config.setStatsEnabled(false);
        client = Slack.getInstance(config);
        api = new SlackWebApi(client.methods(FakeSlack.BOT_TOKEN), new Secrets(FakeSlack.BOT_TOKEN));
        slack.addMember("U1", "owner", true, "en-GB");
        slack.addMember("U2", "member", false, null);
        slack.addMember("U3", "lead", false, "zh-CN");
        slack.addUsergroup("S0LEADS", "leads", "U3");
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        slack.close();
    }

    @Test
    @DisplayName(
            "GIVEN users.info WHEN a member is looked up twice within two minutes THEN Slack is asked once; after that, again")
    void cachedBriefly() {
        SlackMembers members = new SlackMembers(api, "", ticker);

        SlackMembers.Member first = members.lookup("U1");
        SlackMembers.Member second = members.lookup("U1");
        nanos.addAndGet(Duration.ofMinutes(3).toNanos());
        members.lookup("U1");

        assertThat(first.admin()).isTrue();
        assertThat(first.locale()).isEqualTo(Locale.forLanguageTag("en-GB"));
        assertThat(second).isEqualTo(first);
        assertThat(slack.okCalls("users.info")).hasSize(2);
    }

    @Test
    @DisplayName("GIVEN an admin group by id WHEN its member is looked up THEN they count as admin; others do not")
    void groupById() {
        SlackMembers members = new SlackMembers(api, "S0LEADS", ticker);

        assertThat(members.lookup("U3").admin()).isTrue();
        assertThat(members.lookup("U2").admin()).isFalse();
        assertThat(slack.okCalls("usergroups.users.list")).hasSize(1);
    }

    @Test
    @DisplayName("GIVEN an admin group by handle THEN it is found through usergroups.list")
    void groupByHandle() {
        SlackMembers members = new SlackMembers(api, "@leads", ticker);

        assertThat(members.lookup("U3").admin()).isTrue();
        assertThat(slack.okCalls("usergroups.list")).hasSize(1);
    }

    @Test
    @DisplayName("GIVEN Slack does not know the member THEN they are not an admin, and the failure is not cached")
    void unknownMember() {
        SlackMembers members = new SlackMembers(api, "", ticker);

        assertThat(members.lookup("U404")).isEqualTo(SlackMembers.Member.UNKNOWN);
        assertThat(members.lookup("U404").admin()).isFalse();
        assertThat(slack.calls("users.info")).hasSize(2);
        assertThat(members.cached("U404")).isEmpty();
    }
}
