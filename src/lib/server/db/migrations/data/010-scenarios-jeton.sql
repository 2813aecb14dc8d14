-- Version 10: a saved scenario's read-only link carries a random token (issue 13), not its
-- number: numbers follow each other, so anyone could have walked through every planner's drafts
-- (which posts close, before the steering committee has met). 96 random bits per scenario.
ALTER TABLE scenarios ADD COLUMN jeton TEXT;
UPDATE scenarios SET jeton = lower(hex(randomblob(12))) WHERE jeton IS NULL;
CREATE UNIQUE INDEX IF NOT EXISTS scenarios_jeton ON scenarios (jeton);
