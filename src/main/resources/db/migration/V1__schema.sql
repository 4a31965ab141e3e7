-- studybot schema, version 1. Runs unchanged on SQLite and PostgreSQL: the only dialect difference,
-- the auto-assigned id column, comes from the Flyway placeholder auto_id that Database sets
-- (SQLite: INTEGER PRIMARY KEY, PostgreSQL: BIGSERIAL PRIMARY KEY).
-- Conventions: timestamps are BIGINT epoch millis (UTC); local dates are TEXT YYYY-MM-DD;
-- flags are INTEGER 0/1; closed sets of values are TEXT with a CHECK.
-- Idempotency lives here: UNIQUE constraints decide every race between processes.

CREATE TABLE teams (
    id ${auto_id},
    platform TEXT NOT NULL CHECK (platform IN ('discord', 'slack', 'console')),
    external_id TEXT NOT NULL,
    name TEXT NOT NULL,
    language TEXT CHECK (language IN ('zh', 'en')),
    created_at BIGINT NOT NULL,
    UNIQUE (platform, external_id)
);

CREATE TABLE channels (
    id ${auto_id},
    team_id BIGINT NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    external_id TEXT NOT NULL,
    name TEXT NOT NULL,
    quiz_enabled INTEGER NOT NULL DEFAULT 0 CHECK (quiz_enabled IN (0, 1)),
    quiz_time TEXT NOT NULL DEFAULT '09:30',
    zone TEXT NOT NULL DEFAULT 'UTC',
    days TEXT NOT NULL DEFAULT 'mon,tue,wed,thu,fri',
    level_min INTEGER NOT NULL DEFAULT 1 CHECK (level_min BETWEEN 1 AND 4),
    level_max INTEGER NOT NULL DEFAULT 4 CHECK (level_max BETWEEN 1 AND 4),
    window_minutes INTEGER NOT NULL DEFAULT 480 CHECK (window_minutes > 0),
    reveal_mode TEXT NOT NULL DEFAULT 'close' CHECK (reveal_mode IN ('close', 'immediate')),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (team_id, external_id),
    CHECK (level_min <= level_max)
);
-- the scheduler lists every channel with the quiz on at start-up and after each settings change
CREATE INDEX channels_quiz_enabled ON channels (quiz_enabled, id);

CREATE TABLE users (
    id ${auto_id},
    team_id BIGINT NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    external_id TEXT NOT NULL,
    display_name TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    UNIQUE (team_id, external_id)
);
-- /progress member:<name> finds a member by display name within a team
CREATE INDEX users_team_display_name ON users (team_id, display_name);

CREATE TABLE topic_status (
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    roadmap_id TEXT NOT NULL,
    topic_id TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('done', 'learning', 'skipped')),
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, roadmap_id, topic_id)
);

CREATE TABLE quizzes (
    id ${auto_id},
    channel_id BIGINT NOT NULL REFERENCES channels (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('daily', 'extra')),
    local_date TEXT NOT NULL,
    roadmap_id TEXT,
    question_id TEXT,
    topic_id TEXT,
    options_order TEXT,
    state TEXT NOT NULL CHECK (state IN ('claimed', 'open', 'closed', 'skipped', 'failed')),
    message_id TEXT,
    claimed_by TEXT,
    claim_expires_at BIGINT,
    scheduled_at BIGINT NOT NULL,
    opened_at BIGINT,
    closes_at BIGINT,
    closed_at BIGINT,
    -- a skipped day posted nothing; every other quiz knows its question
    CHECK (state = 'skipped' OR question_id IS NOT NULL)
);
-- one daily quiz per channel and local date, whichever process claims it first
CREATE UNIQUE INDEX quizzes_daily_per_date ON quizzes (channel_id, local_date) WHERE kind = 'daily';
-- the closing routine looks for open quizzes whose window has passed
CREATE INDEX quizzes_state_closes_at ON quizzes (state, closes_at);
-- the picker avoids the questions a channel saw last
CREATE INDEX quizzes_channel_opened_at ON quizzes (channel_id, opened_at);

CREATE TABLE answers (
    id ${auto_id},
    quiz_id BIGINT NOT NULL REFERENCES quizzes (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    option INTEGER NOT NULL CHECK (option BETWEEN 0 AND 3),
    correct INTEGER NOT NULL CHECK (correct IN (0, 1)),
    answered_at BIGINT NOT NULL,
    points INTEGER NOT NULL DEFAULT 0,
    UNIQUE (quiz_id, user_id)
);
CREATE INDEX answers_user ON answers (user_id);

CREATE TABLE practice_attempts (
    id ${auto_id},
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    roadmap_id TEXT NOT NULL,
    question_id TEXT NOT NULL,
    topic_id TEXT NOT NULL,
    correct INTEGER NOT NULL CHECK (correct IN (0, 1)),
    answered_at BIGINT NOT NULL
);
CREATE INDEX practice_attempts_user_answered_at ON practice_attempts (user_id, answered_at);

CREATE TABLE review_state (
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    roadmap_id TEXT NOT NULL,
    question_id TEXT NOT NULL,
    topic_id TEXT NOT NULL,
    repetitions INTEGER NOT NULL,
    interval_days INTEGER NOT NULL,
    ease DOUBLE PRECISION NOT NULL,
    lapses INTEGER NOT NULL,
    due_at BIGINT NOT NULL,
    last_reviewed_at BIGINT,
    PRIMARY KEY (user_id, roadmap_id, question_id)
);
-- /quiz practice picks the member's most overdue question
CREATE INDEX review_state_user_due_at ON review_state (user_id, roadmap_id, due_at);

CREATE TABLE score_events (
    id ${auto_id},
    team_id BIGINT NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    quiz_id BIGINT NOT NULL REFERENCES quizzes (id) ON DELETE CASCADE,
    answer_id BIGINT NOT NULL REFERENCES answers (id) ON DELETE CASCADE,
    points INTEGER NOT NULL,
    reason TEXT NOT NULL CHECK (reason IN ('correct', 'first', 'streak')),
    local_date TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    UNIQUE (answer_id, reason)
);
-- rebuilding a team's totals reads all its events
CREATE INDEX score_events_team ON score_events (team_id, user_id);

CREATE TABLE leaderboard_totals (
    team_id BIGINT NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    period_kind TEXT NOT NULL CHECK (period_kind IN ('week', 'month', 'all')),
    period_key TEXT NOT NULL,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    points INTEGER NOT NULL,
    correct INTEGER NOT NULL,
    reached_at BIGINT NOT NULL,
    PRIMARY KEY (team_id, period_kind, period_key, user_id)
);
-- top N (points desc, who got there first) and one member's rank, within one team and period
CREATE INDEX leaderboard_totals_rank
    ON leaderboard_totals (team_id, period_kind, period_key, points DESC, reached_at ASC);

CREATE TABLE streaks (
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    channel_id BIGINT NOT NULL REFERENCES channels (id) ON DELETE CASCADE,
    current INTEGER NOT NULL,
    best INTEGER NOT NULL,
    last_quiz_id BIGINT REFERENCES quizzes (id) ON DELETE SET NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, channel_id)
);
CREATE INDEX streaks_channel ON streaks (channel_id, current);

CREATE TABLE question_stats (
    team_id BIGINT NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    roadmap_id TEXT NOT NULL,
    question_id TEXT NOT NULL,
    asked INTEGER NOT NULL DEFAULT 0,
    answered INTEGER NOT NULL DEFAULT 0,
    correct INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (team_id, roadmap_id, question_id)
);

CREATE TABLE bot_settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
