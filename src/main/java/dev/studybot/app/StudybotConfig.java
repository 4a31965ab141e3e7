package dev.studybot.app;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The bot's settings, one record per section of {@code config/studybot.yaml}. Each record checks its
 * values when it is built and names the key, the value and what is allowed when one is wrong.
 */
public record StudybotConfig(
        Bot bot,
        RoadmapSettings roadmap,
        Cache cache,
        Db db,
        Quiz quiz,
        Scoring scoring,
        Discord discord,
        Slack slack,
        Console console) {

    /** General settings. */
    public record Bot(String language, String secret) {
        public Bot {
            require(List.of("zh", "en").contains(language), "bot.language", language, "zh or en");
            secret = secret == null ? "" : secret;
            require(
                    secret.isEmpty() || secret.length() >= 16,
                    "bot.secret",
                    "(hidden)",
                    "empty or at least 16 characters");
        }

        public Locale locale() {
            return Locale.forLanguageTag(language);
        }
    }

    /** Where roadmaps come from. */
    public record RoadmapSettings(String dir, String defaultId, int reloadSeconds) {
        public RoadmapSettings {
            dir = dir == null ? "" : dir;
            require(
                    defaultId != null && defaultId.matches("[A-Za-z0-9._-]+"),
                    "roadmap.default",
                    defaultId,
                    "a file name without .txt, such as go-roadmap");
            require(reloadSeconds >= 0, "roadmap.reloadSeconds", reloadSeconds, "0 or more");
        }
    }

    /** In-memory caches. */
    public record Cache(int topics, int searches) {
        public Cache {
            require(topics >= 0, "cache.topics", topics, "0 or more");
            require(searches >= 0, "cache.searches", searches, "0 or more");
        }
    }

    /** The database. */
    public record Db(String url, String user, String password, int poolSize) {
        public static final String DEFAULT_URL = "jdbc:sqlite:data/studybot.db";

        public Db {
            url = url == null ? "" : url.strip();
            user = user == null ? "" : user;
            password = password == null ? "" : password;
            require(
                    url.isEmpty() || url.startsWith("jdbc:sqlite:") || url.startsWith("jdbc:postgresql:"),
                    "db.url",
                    url,
                    "a jdbc:sqlite: or jdbc:postgresql: URL");
            require(poolSize >= 1 && poolSize <= 200, "db.poolSize", poolSize, "1 to 200");
        }

        /** The URL to open: the configured one or the embedded SQLite file. */
        public String effectiveUrl() {
            return url.isEmpty() ? DEFAULT_URL : url;
        }
    }

    /** Daily quiz defaults for new quiz channels. */
    public record Quiz(
            String time,
            String zone,
            String days,
            String levels,
            int windowHours,
            int graceMinutes,
            String reveal,
            long seed) {
        public Quiz {
            require(parseTime(time) != null, "quiz.time", time, "a time as HH:MM, such as 09:30");
            require(parseZone(zone) != null, "quiz.zone", zone, "an IANA time zone such as Asia/Shanghai or UTC");
            require(parseDays(days) != null, "quiz.days", days, "days such as mon,tue,wed,thu,fri or daily");
            require(parseLevels(levels) != null, "quiz.levels", levels, "a level range from 1 to 4, such as 1-2");
            require(windowHours >= 1 && windowHours <= 23, "quiz.windowHours", windowHours, "1 to 23");
            require(graceMinutes >= 0 && graceMinutes <= 720, "quiz.graceMinutes", graceMinutes, "0 to 720");
            require(List.of("close", "immediate").contains(reveal), "quiz.reveal", reveal, "close or immediate");
        }

        public LocalTime localTime() {
            return parseTime(time);
        }

        public ZoneId zoneId() {
            return parseZone(zone);
        }

        public Set<DayOfWeek> dayOfWeeks() {
            return parseDays(days);
        }

        /** The lowest and highest level, 1-based. */
        public int[] levelRange() {
            return parseLevels(levels);
        }
    }

    /** Points for answers. */
    public record Scoring(int correct, String firstBonus, int streakStep, int streakCap) {
        private static final Pattern BONUSES = Pattern.compile("^\\s*$|^\\d{1,3}(\\s*,\\s*\\d{1,3})*$");

        public Scoring {
            require(correct >= 0 && correct <= 1000, "scoring.correct", correct, "0 to 1000");
            firstBonus = firstBonus == null ? "" : firstBonus;
            require(
                    BONUSES.matcher(firstBonus).matches(),
                    "scoring.firstBonus",
                    firstBonus,
                    "whole numbers separated by commas, such as 3,2,1 (or empty)");
            require(streakStep >= 0 && streakStep <= 100, "scoring.streakStep", streakStep, "0 to 100");
            require(streakCap >= 0 && streakCap <= 1000, "scoring.streakCap", streakCap, "0 to 1000");
        }

        /** The first-answer bonuses in order. */
        public List<Integer> firstBonuses() {
            List<Integer> result = new ArrayList<>();
            if (!firstBonus.isBlank()) {
                for (String part : firstBonus.split(",")) {
                    result.add(Integer.parseInt(part.strip()));
                }
            }
            return List.copyOf(result);
        }
    }

    /** Discord connection settings (the token comes from DISCORD_TOKEN). */
    public record Discord(String devGuild, int shards, String shardRange, String apiUrl, String gatewayUrl) {
        public Discord {
            devGuild = devGuild == null ? "" : devGuild.strip();
            shardRange = shardRange == null ? "" : shardRange.strip();
            apiUrl = apiUrl == null ? "" : apiUrl.strip();
            gatewayUrl = gatewayUrl == null ? "" : gatewayUrl.strip();
            require(
                    devGuild.isEmpty() || devGuild.matches("\\d{5,25}"),
                    "discord.devGuild",
                    devGuild,
                    "a guild id (digits) or empty");
            require(shards >= 0 && shards <= 10000, "discord.shards", shards, "0 to 10000");
            require(
                    shardRange.isEmpty() || (shards > 0 && parseRange(shardRange, shards) != null),
                    "discord.shardRange",
                    shardRange,
                    "empty, or a range such as 0-3 within discord.shards");
            require(
                    apiUrl.isEmpty() || apiUrl.matches("https?://.+/"),
                    "discord.apiUrl",
                    apiUrl,
                    "an http(s) URL ending in /, such as http://localhost:8080/api/v10/");
            require(
                    gatewayUrl.isEmpty() || gatewayUrl.matches("wss?://.+"),
                    "discord.gatewayUrl",
                    gatewayUrl,
                    "a ws:// or wss:// URL");
        }

        /** The first and last shard this process runs. */
        public int[] shardBounds() {
            return shardRange.isEmpty() ? new int[] {0, Math.max(0, shards - 1)} : parseRange(shardRange, shards);
        }
    }

    /** Slack connection settings (tokens come from SLACK_BOT_TOKEN, SLACK_APP_TOKEN, SLACK_SIGNING_SECRET). */
    public record Slack(String apiUrl, int httpPort, String adminGroup) {
        public Slack {
            apiUrl = apiUrl == null ? "" : apiUrl.strip();
            adminGroup = adminGroup == null ? "" : adminGroup.strip();
            require(
                    apiUrl.isEmpty() || apiUrl.matches("https?://.+/"),
                    "slack.apiUrl",
                    apiUrl,
                    "an http(s) URL ending in /, such as http://localhost:8080/api/");
            require(
                    httpPort >= 0 && httpPort <= 65535,
                    "slack.httpPort",
                    httpPort,
                    "0 (off) or a port from 1 to 65535");
        }
    }

    /** The console playground. */
    public record Console(String team, String user, String pictures) {
        public Console {
            require(team != null && !team.isBlank(), "console.team", team, "a non-empty name");
            require(user != null && !user.isBlank(), "console.user", user, "a non-empty name");
            require(pictures != null && !pictures.isBlank(), "console.pictures", pictures, "a folder path");
        }
    }

    static void require(boolean ok, String key, Object value, String allowed) {
        if (!ok) {
            throw new ConfigException(key, value, allowed);
        }
    }

    /** {@code HH:MM}, or null. */
    public static LocalTime parseTime(String text) {
        if (text == null || !text.strip().matches("\\d{1,2}:\\d{2}")) {
            return null;
        }
        try {
            String[] parts = text.strip().split(":");
            return LocalTime.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** An IANA zone id (or UTC / an offset), or null. */
    public static ZoneId parseZone(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return ZoneId.of(text.strip());
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** {@code mon,wed,fri}, {@code mon-fri}, {@code daily} or {@code weekdays}, or null. */
    public static Set<DayOfWeek> parseDays(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip().toLowerCase(Locale.ROOT);
        if (value.equals("daily") || value.equals("every day") || value.equals("all")) {
            return EnumSet.allOf(DayOfWeek.class);
        }
        if (value.equals("weekdays")) {
            return EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        }
        if (value.equals("weekends")) {
            return EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String part : value.split("\\s*,\\s*")) {
            if (part.contains("-")) {
                String[] ends = part.split("\\s*-\\s*");
                DayOfWeek from = day(ends[0]);
                DayOfWeek to = ends.length == 2 ? day(ends[1]) : null;
                if (from == null || to == null) {
                    return null;
                }
                for (DayOfWeek d = from; ; d = d.plus(1)) {
                    days.add(d);
                    if (d == to) {
                        break;
                    }
                }
            } else {
                DayOfWeek d = day(part);
                if (d == null) {
                    return null;
                }
                days.add(d);
            }
        }
        return days.isEmpty() ? null : days;
    }

    private static DayOfWeek day(String text) {
        return switch (text.strip()) {
            case "mon", "monday", "周一" -> DayOfWeek.MONDAY;
            case "tue", "tuesday", "周二" -> DayOfWeek.TUESDAY;
            case "wed", "wednesday", "周三" -> DayOfWeek.WEDNESDAY;
            case "thu", "thursday", "周四" -> DayOfWeek.THURSDAY;
            case "fri", "friday", "周五" -> DayOfWeek.FRIDAY;
            case "sat", "saturday", "周六" -> DayOfWeek.SATURDAY;
            case "sun", "sunday", "周日" -> DayOfWeek.SUNDAY;
            default -> null;
        };
    }

    /** {@code 1-4}, {@code 2} (one level) within 1..4, or null. */
    public static int[] parseLevels(String text) {
        if (text == null) {
            return null;
        }
        String value = text.strip();
        if (value.matches("[1-4]")) {
            int level = Integer.parseInt(value);
            return new int[] {level, level};
        }
        if (value.matches("[1-4]\\s*-\\s*[1-4]")) {
            String[] parts = value.split("\\s*-\\s*");
            int low = Integer.parseInt(parts[0]);
            int high = Integer.parseInt(parts[1]);
            return low <= high ? new int[] {low, high} : null;
        }
        return null;
    }

    private static int[] parseRange(String text, int shards) {
        if (!text.matches("\\d+(-\\d+)?")) {
            return null;
        }
        String[] parts = text.split("-");
        int low = Integer.parseInt(parts[0]);
        int high = parts.length == 2 ? Integer.parseInt(parts[1]) : low;
        return low <= high && high < shards ? new int[] {low, high} : null;
    }
}
