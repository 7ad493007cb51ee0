-- A password handed over by an administrator (a new account, a reset) is for one sign-in only: its owner must choose
-- their own before doing anything else.
ALTER TABLE account ADD COLUMN password_must_change BOOLEAN NOT NULL DEFAULT FALSE;
