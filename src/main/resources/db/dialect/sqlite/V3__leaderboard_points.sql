-- studybot schema, version 3 (SQLite; resources/db/dialect/postgresql has the same for PostgreSQL).
-- How many members of a team stand at each points value in each period, kept by triggers on
-- leaderboard_totals. A member's rank is then the members above their points (a sum over the few
-- distinct points values) plus those who reached the same points earlier (an index range), instead
-- of counting every member ahead: the leaderboard's cost no longer grows with the team.
CREATE TABLE leaderboard_points (
    team_id BIGINT NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    period_kind TEXT NOT NULL CHECK (period_kind IN ('week', 'month', 'all')),
    period_key TEXT NOT NULL,
    points INTEGER NOT NULL,
    members INTEGER NOT NULL,
    PRIMARY KEY (team_id, period_kind, period_key, points)
);

INSERT INTO leaderboard_points (team_id, period_kind, period_key, points, members)
SELECT team_id, period_kind, period_key, points, COUNT(*) FROM leaderboard_totals
GROUP BY team_id, period_kind, period_key, points;

-- While a rebuild replaces a team's totals it holds a row here, inside its own transaction (so no
-- one else ever sees it): the triggers leave that team alone and the rebuild counts the points
-- once, with a GROUP BY, instead of once per row it writes.
CREATE TABLE leaderboard_rebuilds (
    team_id BIGINT PRIMARY KEY REFERENCES teams (id) ON DELETE CASCADE
);

CREATE TRIGGER leaderboard_points_insert AFTER INSERT ON leaderboard_totals
WHEN NOT EXISTS (SELECT 1 FROM leaderboard_rebuilds r WHERE r.team_id = NEW.team_id)
BEGIN
    INSERT INTO leaderboard_points (team_id, period_kind, period_key, points, members)
    VALUES (NEW.team_id, NEW.period_kind, NEW.period_key, NEW.points, 1)
    ON CONFLICT (team_id, period_kind, period_key, points) DO UPDATE SET members = members + 1;
END;

CREATE TRIGGER leaderboard_points_update AFTER UPDATE OF points ON leaderboard_totals
WHEN OLD.points <> NEW.points
    AND NOT EXISTS (SELECT 1 FROM leaderboard_rebuilds r WHERE r.team_id = NEW.team_id)
BEGIN
    UPDATE leaderboard_points SET members = members - 1
    WHERE team_id = OLD.team_id AND period_kind = OLD.period_kind AND period_key = OLD.period_key
        AND points = OLD.points;
    INSERT INTO leaderboard_points (team_id, period_kind, period_key, points, members)
    VALUES (NEW.team_id, NEW.period_kind, NEW.period_key, NEW.points, 1)
    ON CONFLICT (team_id, period_kind, period_key, points) DO UPDATE SET members = members + 1;
END;

CREATE TRIGGER leaderboard_points_delete AFTER DELETE ON leaderboard_totals
WHEN NOT EXISTS (SELECT 1 FROM leaderboard_rebuilds r WHERE r.team_id = OLD.team_id)
BEGIN
    UPDATE leaderboard_points SET members = members - 1
    WHERE team_id = OLD.team_id AND period_kind = OLD.period_kind AND period_key = OLD.period_key
        AND points = OLD.points;
END;
