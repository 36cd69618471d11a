-- Sessions made in demo mode (sign-in by email alone) are marked, so that a server not in demo
-- mode refuses them. Every session before this migration was made in demo mode: it was the
-- only sign-in there was.
ALTER TABLE sessions ADD COLUMN demo INTEGER NOT NULL DEFAULT 1;
