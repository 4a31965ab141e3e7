-- studybot schema, version 4 (SQLite and PostgreSQL alike).
-- Rebuilding a team's totals reads its score events in the order they were earned
-- (WHERE team_id = ? ORDER BY created_at, id). The index on (team_id, user_id) only found the team's
-- events and put each new event at its member's place in the index: a page written at random for
-- every event (about two of the thirty pages an eight-answer commit writes to SQLite's log). By time,
-- new events go to the end of the index and the rebuild reads them in order without sorting.
CREATE INDEX score_events_team_time ON score_events (team_id, created_at, id);
DROP INDEX score_events_team;
