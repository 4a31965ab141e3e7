package dev.studybot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import org.junit.jupiter.api.DisplayName;

class TeamRepositoryTest {

    @BothDatabases
    @DisplayName(
            "GIVEN a guild seen for the first time WHEN it is upserted twice THEN there is one team, renamed the second time, with no language yet")
    void upsertsTeams(Database db, MutableClock clock) {
        TeamRepository teams = new TeamRepository(db);
        String guild = Fixtures.unique("guild");

        Team first = teams.upsertTeam(Platform.DISCORD, guild, "Gophers");
        clock.advance(Duration.ofMinutes(1));
        Team again = teams.upsertTeam(Platform.DISCORD, guild, "Gophers United");
        Team slack = teams.upsertTeam(Platform.SLACK, guild, "Same id, other platform");

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.name()).isEqualTo("Gophers United");
        assertThat(again.createdAt()).isEqualTo(first.createdAt());
        assertThat(first.language()).isEmpty();
        assertThat(slack.id()).isNotEqualTo(first.id());
    }

    @BothDatabases
    @DisplayName(
            "GIVEN a team WHEN its language is set and cleared THEN the team reads back with it, and an unknown language is refused")
    void setsLanguage(Database db) {
        TeamRepository teams = new TeamRepository(db);
        Team team = new Fixtures(db).team();

        teams.setLanguage(team.id(), "en");
        assertThat(teams.findTeam(team.id()).orElseThrow().language()).contains("en");
        teams.setLanguage(team.id(), null);
        assertThat(teams.findTeam(team.id()).orElseThrow().language()).isEmpty();
        assertThatThrownBy(() -> teams.setLanguage(team.id(), "fr")).isInstanceOf(IllegalArgumentException.class);
    }

    @BothDatabases
    @DisplayName(
            "GIVEN a new channel WHEN it is upserted THEN it has the default quiz settings: off, 09:30 UTC on weekdays, all levels, reveal at close")
    void channelDefaults(Database db) {
        Team team = new Fixtures(db).team();

        ChannelSettings channel = new TeamRepository(db).upsertChannel(team.id(), "c-1", "general");

        QuizSettings quiz = channel.quiz();
        assertThat(quiz.enabled()).isFalse();
        assertThat(quiz.time()).isEqualTo(LocalTime.of(9, 30));
        assertThat(quiz.zone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(quiz.days())
                .containsExactlyInAnyOrder(
                        DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        assertThat(quiz.levelMin()).isEqualTo(1);
        assertThat(quiz.levelMax()).isEqualTo(4);
        assertThat(quiz.revealMode()).isEqualTo(RevealMode.CLOSE);
        assertThat(new TeamRepository(db)
                        .upsertChannel(team.id(), "c-1", "general")
                        .id())
                .isEqualTo(channel.id());
    }

    @BothDatabases
    @DisplayName(
            "GIVEN an admin's quiz schedule WHEN it is saved THEN the channel reads back with it and is listed among the channels with the quiz on")
    void updatesQuizSettings(Database db, MutableClock clock) {
        TeamRepository teams = new TeamRepository(db);
        Team team = new Fixtures(db).team();
        ChannelSettings channel = teams.upsertChannel(team.id(), Fixtures.unique("c"), "quiz");
        ChannelSettings quiet = teams.upsertChannel(team.id(), Fixtures.unique("c"), "quiet");
        QuizSettings schedule = new QuizSettings(
                true,
                LocalTime.of(10, 15),
                ZoneId.of("Asia/Shanghai"),
                EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.SUNDAY),
                2,
                3,
                120,
                RevealMode.IMMEDIATE);
        clock.advance(Duration.ofHours(1));

        ChannelSettings saved = teams.updateQuizSettings(channel.id(), schedule).orElseThrow();

        assertThat(saved.quiz()).isEqualTo(schedule);
        assertThat(saved.quiz().daysCode()).isEqualTo("mon,wed,sun");
        assertThat(saved.updatedAt()).isEqualTo(clock.instant());
        assertThat(teams.findChannel(channel.id()).orElseThrow().quiz()).isEqualTo(schedule);
        assertThat(teams.quizChannels())
                .extracting(quizChannel -> quizChannel.channel().id())
                .contains(channel.id())
                .doesNotContain(quiet.id());
        assertThat(teams.updateQuizSettings(-1, schedule)).isEmpty();
    }

    @BothDatabases
    @DisplayName(
            "GIVEN members of two teams WHEN a team's members are listed or found by name THEN only that team's members come back")
    void usersStayInTheirTeam(Database db) {
        Fixtures fixtures = new Fixtures(db);
        TeamRepository teams = new TeamRepository(db);
        Team gophers = fixtures.team();
        Team others = fixtures.team();
        long ada = teams.upsertUser(gophers.id(), "u-ada", "ada");
        long bob = teams.upsertUser(gophers.id(), "u-bob", "bob");
        teams.upsertUser(others.id(), "u-ada", "ada");

        long adaAgain = teams.upsertUser(gophers.id(), "u-ada", "Ada L.");

        assertThat(adaAgain).isEqualTo(ada);
        assertThat(teams.users(gophers.id())).extracting(Member::displayName).containsExactly("Ada L.", "bob");
        assertThat(teams.findUserByDisplayName(gophers.id(), "bob"))
                .map(Member::id)
                .contains(bob);
        assertThat(teams.findUserByDisplayName(gophers.id(), "ada")).isEmpty();
        assertThat(teams.findUser(ada)).map(Member::teamId).contains(gophers.id());
    }
}
