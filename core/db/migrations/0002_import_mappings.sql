-- Schema v2: column mappings of application imports, saved by name so that next cycle's CSV
-- export from the same online form maps itself.

CREATE TABLE import_mappings (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    role        TEXT NOT NULL DEFAULT '' CHECK (role IN ('', 'mentor', 'mentee')),
    mapping     TEXT NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL DEFAULT ''
);

ALTER TABLE applications ADD COLUMN import_row INTEGER;
