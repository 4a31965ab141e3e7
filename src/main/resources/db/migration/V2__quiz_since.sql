-- studybot schema, version 2: when a channel's daily quiz was last switched on or rescheduled.
-- The scheduler posts no daily quiz that fell due before it: an admin who schedules 09:30 at 10:00
-- gets the first quiz tomorrow, not a late one at once. NULL for a channel never scheduled.
ALTER TABLE channels ADD COLUMN quiz_since BIGINT;
