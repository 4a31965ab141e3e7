package dev.studybot.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Teams, their channels with the quiz settings, and their members. */
public final class TeamRepository {
    private static final String TEAM_COLUMNS = "id, platform, external_id, name, language, created_at";
    private static final String CHANNEL_COLUMNS = "id, team_id, external_id, name, quiz_enabled, quiz_time, zone,"
            + " days, level_min, level_max, window_minutes, reveal_mode, created_at, updated_at, quiz_since";
    private static final String USER_COLUMNS = "id, team_id, external_id, display_name, created_at";
    private static final Set<String> LANGUAGES = Set.of("zh", "en");
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final Database db;

    public TeamRepository(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    /**
     * The team with this platform id, created on first sight; a changed name is saved. Most calls
     * only read, so the command path does not queue behind writers.
     */
    public Team upsertTeam(Platform platform, String externalId, String name) {
        Objects.requireNonNull(platform, "platform");
        requireText(externalId, "externalId");
        requireText(name, "name");
        Optional<Team> known = db.read(c -> Sql.first(
                c,
                "SELECT " + TEAM_COLUMNS + " FROM teams WHERE platform = ? AND external_id = ?",
                TeamRepository::team,
                platform,
                externalId));
        if (known.isPresent() && known.get().name().equals(name)) {
            return known.get();
        }
        Instant now = db.clock().instant();
        return db.inTransaction(c -> Sql.first(
                        c,
                        "INSERT INTO teams (platform, external_id, name, created_at) VALUES (?, ?, ?, ?)"
                                + " ON CONFLICT (platform, external_id) DO UPDATE SET name = excluded.name"
                                + " RETURNING " + TEAM_COLUMNS,
                        TeamRepository::team,
                        platform,
                        externalId,
                        name,
                        now)
                .orElseThrow());
    }

    /** The team with this platform id, if the bot has seen it; never creates one. */
    public Optional<Team> findTeam(Platform platform, String externalId) {
        Objects.requireNonNull(platform, "platform");
        return db.read(c -> Sql.first(
                c,
                "SELECT " + TEAM_COLUMNS + " FROM teams WHERE platform = ? AND external_id = ?",
                TeamRepository::team,
                platform,
                externalId));
    }

    public Optional<Team> findTeam(long teamId) {
        return db.read(
                c -> Sql.first(c, "SELECT " + TEAM_COLUMNS + " FROM teams WHERE id = ?", TeamRepository::team, teamId));
    }

    /** Sets the team's language ({@code zh} or {@code en}), or clears it with null. */
    public void setLanguage(long teamId, String language) {
        if (language != null && !LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("language must be zh, en or null, was " + language);
        }
        db.inTransaction(c -> Sql.update(c, "UPDATE teams SET language = ? WHERE id = ?", language, teamId));
    }

    /** The team's channel with this platform id, created with the schema's quiz settings on first sight. */
    public ChannelSettings upsertChannel(long teamId, String externalId, String name) {
        return upsertChannel(teamId, externalId, name, null);
    }

    /**
     * The team's channel with this platform id; a channel seen for the first time starts with
     * {@code defaults} (the configured quiz defaults), or the schema's when that is null.
     */
    public ChannelSettings upsertChannel(long teamId, String externalId, String name, QuizSettings defaults) {
        requireText(externalId, "externalId");
        requireText(name, "name");
        Optional<ChannelSettings> known = findChannel(teamId, externalId);
        if (known.isPresent() && known.get().name().equals(name)) {
            return known.get();
        }
        Instant now = db.clock().instant();
        List<Object> params = new ArrayList<>(List.of(teamId, externalId, name));
        String quizColumns = "";
        if (defaults != null) {
            quizColumns = " quiz_enabled, quiz_time, zone, days, level_min, level_max, window_minutes, reveal_mode,";
            params.addAll(List.of(
                    defaults.enabled(),
                    defaults.time().format(HH_MM),
                    defaults.zone().getId(),
                    defaults.daysCode(),
                    defaults.levelMin(),
                    defaults.levelMax(),
                    defaults.windowMinutes(),
                    defaults.revealMode()));
        }
        params.addAll(List.of(now, now));
        String sql = "INSERT INTO channels (team_id, external_id, name," + quizColumns + " created_at, updated_at)"
                + " VALUES (" + String.join(", ", Collections.nCopies(params.size(), "?")) + ")"
                + " ON CONFLICT (team_id, external_id) DO UPDATE SET name = excluded.name,"
                + " updated_at = excluded.updated_at"
                + " RETURNING " + CHANNEL_COLUMNS;
        return db.inTransaction(c -> Sql.first(c, sql, TeamRepository::channel, params.toArray()))
                .orElseThrow();
    }

    /** The team's channel with this platform id, if the bot has seen it. */
    public Optional<ChannelSettings> findChannel(long teamId, String externalId) {
        return db.read(c -> Sql.first(
                c,
                "SELECT " + CHANNEL_COLUMNS + " FROM channels WHERE team_id = ? AND external_id = ?",
                TeamRepository::channel,
                teamId,
                externalId));
    }

    /**
     * Saves the channel's quiz settings as a new schedule: like {@link #updateQuizSettings}, and the
     * schedule starts now, so no quiz that fell due before this moment is posted late.
     */
    public Optional<ChannelSettings> scheduleQuiz(long channelId, QuizSettings quiz) {
        return saveQuizSettings(channelId, quiz, true);
    }

    /** Every channel with the daily quiz on, with its team, for the scheduler. */
    public List<QuizChannel> quizChannels() {
        return db.read(c -> Sql.list(
                c,
                "SELECT "
                        + Arrays.stream(TEAM_COLUMNS.split(", "))
                                .map(column -> "t." + column + " AS t_" + column)
                                .collect(Collectors.joining(", "))
                        + ", c." + CHANNEL_COLUMNS.replace(", ", ", c.")
                        + " FROM channels c JOIN teams t ON t.id = c.team_id WHERE c.quiz_enabled = 1 ORDER BY c.id",
                rs -> new QuizChannel(team(rs, "t_"), channel(rs))));
    }

    public Optional<ChannelSettings> findChannel(long channelId) {
        return db.read(c -> Sql.first(
                c, "SELECT " + CHANNEL_COLUMNS + " FROM channels WHERE id = ?", TeamRepository::channel, channelId));
    }

    /** Saves the channel's quiz settings and returns the channel as stored, or empty if there is no such channel. */
    public Optional<ChannelSettings> updateQuizSettings(long channelId, QuizSettings quiz) {
        return saveQuizSettings(channelId, quiz, false);
    }

    /** Saves the settings; with {@code newSchedule} the schedule also starts now ({@code quiz_since}). */
    private Optional<ChannelSettings> saveQuizSettings(long channelId, QuizSettings quiz, boolean newSchedule) {
        Objects.requireNonNull(quiz, "quiz");
        Instant now = db.clock().instant();
        return db.inTransaction(c -> Sql.first(
                c,
                "UPDATE channels SET quiz_enabled = ?, quiz_time = ?, zone = ?, days = ?, level_min = ?,"
                        + " level_max = ?, window_minutes = ?, reveal_mode = ?, updated_at = ?,"
                        + " quiz_since = CASE WHEN ? = 1 THEN ? ELSE quiz_since END"
                        + " WHERE id = ? RETURNING " + CHANNEL_COLUMNS,
                TeamRepository::channel,
                quiz.enabled(),
                quiz.time().format(HH_MM),
                quiz.zone().getId(),
                quiz.daysCode(),
                quiz.levelMin(),
                quiz.levelMax(),
                quiz.windowMinutes(),
                quiz.revealMode(),
                now,
                newSchedule,
                now,
                channelId));
    }

    /** The member's id, created on first sight; a changed display name is saved. */
    public long upsertUser(long teamId, String externalId, String displayName) {
        requireText(externalId, "externalId");
        requireText(displayName, "displayName");
        Optional<Member> known = db.read(c -> Sql.first(
                c,
                "SELECT " + USER_COLUMNS + " FROM users WHERE team_id = ? AND external_id = ?",
                TeamRepository::member,
                teamId,
                externalId));
        if (known.isPresent() && known.get().displayName().equals(displayName)) {
            return known.get().id();
        }
        Instant now = db.clock().instant();
        return db.inTransaction(c -> Sql.first(
                        c,
                        "INSERT INTO users (team_id, external_id, display_name, created_at) VALUES (?, ?, ?, ?)"
                                + " ON CONFLICT (team_id, external_id) DO UPDATE SET display_name = excluded.display_name"
                                + " RETURNING id",
                        rs -> rs.getLong("id"),
                        teamId,
                        externalId,
                        displayName,
                        now)
                .orElseThrow());
    }

    public Optional<Member> findUser(long userId) {
        return db.read(c ->
                Sql.first(c, "SELECT " + USER_COLUMNS + " FROM users WHERE id = ?", TeamRepository::member, userId));
    }

    /** The team's member with exactly this display name; the earliest one if several share it. */
    public Optional<Member> findUserByDisplayName(long teamId, String displayName) {
        return db.read(c -> Sql.first(
                c,
                "SELECT " + USER_COLUMNS + " FROM users WHERE team_id = ? AND display_name = ? ORDER BY id LIMIT 1",
                TeamRepository::member,
                teamId,
                displayName));
    }

    /** The team's member with this platform id (a Discord or Slack user id), if the bot has seen them. */
    public Optional<Member> findUserByExternalId(long teamId, String externalId) {
        return db.read(c -> Sql.first(
                c,
                "SELECT " + USER_COLUMNS + " FROM users WHERE team_id = ? AND external_id = ?",
                TeamRepository::member,
                teamId,
                externalId));
    }

    /**
     * The team's member called {@code name}: exactly as written first, then ignoring case (ASCII
     * letters); the earliest one if several share it. Another team's member of that name is never found.
     */
    public Optional<Member> findUserByName(long teamId, String name) {
        return findUserByDisplayName(teamId, name)
                .or(() -> db.read(c -> Sql.first(
                        c,
                        "SELECT " + USER_COLUMNS + " FROM users WHERE team_id = ? AND LOWER(display_name) = LOWER(?)"
                                + " ORDER BY id LIMIT 1",
                        TeamRepository::member,
                        teamId,
                        name)));
    }

    /** How many members the team has (everyone the bot has seen in it). */
    public int countUsers(long teamId) {
        return db.read(c -> (int) Sql.count(c, "SELECT COUNT(*) FROM users WHERE team_id = ?", teamId));
    }

    /**
     * The team's time zone: that of its daily-quiz channel (the most recently changed one if it has
     * several), which is the zone its quiz dates and leaderboard periods are counted in. A channel
     * whose quiz was switched off keeps its zone until another is scheduled, so the weeks of the
     * answers it dated do not move; empty when no channel was ever scheduled.
     */
    public Optional<ZoneId> quizZone(long teamId) {
        return db.read(c -> Sql.first(
                c,
                "SELECT zone FROM channels WHERE team_id = ? AND (quiz_enabled = 1 OR quiz_since IS NOT NULL)"
                        + " ORDER BY quiz_enabled DESC, updated_at DESC, id DESC LIMIT 1",
                rs -> ZoneId.of(rs.getString(1)),
                teamId));
    }

    /** Every team, oldest first. */
    public List<Team> teams() {
        return db.read(c -> Sql.list(c, "SELECT " + TEAM_COLUMNS + " FROM teams ORDER BY id", TeamRepository::team));
    }

    /** The team's members by display name. */
    public List<Member> users(long teamId) {
        return db.read(c -> Sql.list(
                c,
                "SELECT " + USER_COLUMNS + " FROM users WHERE team_id = ? ORDER BY display_name, id",
                TeamRepository::member,
                teamId));
    }

    static Team team(ResultSet rs) throws SQLException {
        return team(rs, "");
    }

    /** A team from columns named with {@code prefix}, as in a join with another table's columns. */
    private static Team team(ResultSet rs, String prefix) throws SQLException {
        return new Team(
                rs.getLong(prefix + "id"),
                Platform.fromCode(rs.getString(prefix + "platform")),
                rs.getString(prefix + "external_id"),
                rs.getString(prefix + "name"),
                Optional.ofNullable(rs.getString(prefix + "language")),
                Sql.instant(rs, prefix + "created_at"));
    }

    static ChannelSettings channel(ResultSet rs) throws SQLException {
        QuizSettings quiz = new QuizSettings(
                Sql.flag(rs, "quiz_enabled"),
                LocalTime.parse(rs.getString("quiz_time")),
                ZoneId.of(rs.getString("zone")),
                QuizSettings.parseDays(rs.getString("days")),
                rs.getInt("level_min"),
                rs.getInt("level_max"),
                rs.getInt("window_minutes"),
                RevealMode.fromCode(rs.getString("reveal_mode")));
        return new ChannelSettings(
                rs.getLong("id"),
                rs.getLong("team_id"),
                rs.getString("external_id"),
                rs.getString("name"),
                quiz,
                Sql.instant(rs, "created_at"),
                Sql.instant(rs, "updated_at"),
                Sql.instant(rs, "quiz_since"));
    }

    static Member member(ResultSet rs) throws SQLException {
        return new Member(
                rs.getLong("id"),
                rs.getLong("team_id"),
                rs.getString("external_id"),
                rs.getString("display_name"),
                Sql.instant(rs, "created_at"));
    }

    static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
