-- Source of tests/data/program-v1.cohort, a program file at schema v1 made by the first release.
-- Regenerate: rm tests/data/program-v1.cohort && sqlite3 tests/data/program-v1.cohort < tests/data/program-v1.sql
PRAGMA application_id = 1131374706;
PRAGMA journal_mode = DELETE;
BEGIN;
CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);
-- Cohort program file, schema v1.
-- Portable SQL: runs unchanged on SQLite >= 3.40 and PostgreSQL >= 15.
-- Keys are UUIDs as text; timestamps are UTC ISO-8601 text; dates are ISO dates.
-- Rows that several people edit carry version / updated_at / updated_by (optimistic concurrency).
-- Statements are separated by a semicolon at the end of a line (see Database::runMigration).

CREATE TABLE program (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    organization TEXT NOT NULL DEFAULT '',
    contact_email TEXT NOT NULL DEFAULT '',
    hmac_secret TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL DEFAULT ''
);

-- Key/value settings. scope is '' for the whole program or a cycle id.
CREATE TABLE settings (
    scope       TEXT NOT NULL DEFAULT '',
    key         TEXT NOT NULL,
    value       TEXT NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (scope, key)
);

-- Which columns hold personal data that is confidential (never exported, printed or shown to
-- other applicants unless asked for).
CREATE TABLE field_catalog (
    table_name  TEXT NOT NULL,
    column_name TEXT NOT NULL,
    confidential INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),
    personal    INTEGER NOT NULL DEFAULT 0 CHECK (personal IN (0, 1)),
    PRIMARY KEY (table_name, column_name)
);

CREATE TABLE cycles (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    season      TEXT NOT NULL CHECK (season IN ('spring', 'fall', 'other')),
    year        INTEGER NOT NULL,
    starts_on   TEXT NOT NULL,
    ends_on     TEXT NOT NULL,
    blind_review INTEGER NOT NULL DEFAULT 0 CHECK (blind_review IN (0, 1)),
    sort_order  INTEGER NOT NULL DEFAULT 0,
    version     INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL DEFAULT ''
);

CREATE TABLE phases (
    id          TEXT PRIMARY KEY,
    cycle_id    TEXT NOT NULL REFERENCES cycles(id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('applications', 'review', 'notifications', 'goals',
                    'orientation', 'work', 'midpoint', 'survey', 'closing', 'other')),
    starts_on   TEXT NOT NULL,
    ends_on     TEXT NOT NULL,
    deadline    TEXT,
    sort_order  INTEGER NOT NULL DEFAULT 0,
    version     INTEGER NOT NULL DEFAULT 1,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL DEFAULT '',
    CHECK (ends_on >= starts_on)
);
CREATE INDEX phases_cycle ON phases (cycle_id, sort_order);

-- A person is the same human across cycles and roles.
CREATE TABLE people (
    id          TEXT PRIMARY KEY,
    first_name  TEXT NOT NULL,
    last_name   TEXT NOT NULL,
    email       TEXT NOT NULL DEFAULT '',
    phone       TEXT NOT NULL DEFAULT '',
    version     INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX people_email ON people (email);

-- One application of one person to one cycle in one role. List fields (interests, contact
-- methods, languages, avoid) hold values separated by '; '.
CREATE TABLE applications (
    id          TEXT PRIMARY KEY,
    cycle_id    TEXT NOT NULL REFERENCES cycles(id) ON DELETE CASCADE,
    person_id   TEXT NOT NULL REFERENCES people(id),
    role        TEXT NOT NULL CHECK (role IN ('mentor', 'mentee')),
    code        TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'received' CHECK (status IN ('received', 'eligible', 'ineligible',
                    'under_review', 'accepted', 'waitlisted', 'declined', 'withdrawn')),
    status_reason TEXT NOT NULL DEFAULT '',
    source      TEXT NOT NULL DEFAULT 'form' CHECK (source IN ('form', 'import', 'email', 'paper')),
    submitted_at TEXT NOT NULL,
    library     TEXT NOT NULL DEFAULT '',
    library_type TEXT NOT NULL DEFAULT '' CHECK (library_type IN ('', 'public', 'school', 'academic',
                    'special', 'none')),
    position    TEXT NOT NULL DEFAULT '',
    city        TEXT NOT NULL DEFAULT '',
    state       TEXT NOT NULL DEFAULT '',
    country     TEXT NOT NULL DEFAULT '',
    time_zone   TEXT NOT NULL DEFAULT '',
    alsc_member INTEGER NOT NULL DEFAULT 0 CHECK (alsc_member IN (0, 1)),
    alsc_member_id TEXT NOT NULL DEFAULT '',
    ala_member  INTEGER NOT NULL DEFAULT 0 CHECK (ala_member IN (0, 1)),
    membership_attested INTEGER NOT NULL DEFAULT 0 CHECK (membership_attested IN (0, 1)),
    years_experience DOUBLE PRECISION,
    interests   TEXT NOT NULL DEFAULT '',
    connection  TEXT NOT NULL DEFAULT '',
    career_stage TEXT NOT NULL DEFAULT '' CHECK (career_stage IN ('', 'student', 'early_career',
                    'returning', 'refining')),
    contact_methods TEXT NOT NULL DEFAULT '',
    languages   TEXT NOT NULL DEFAULT '',
    gender      TEXT NOT NULL DEFAULT '',
    bipoc       TEXT NOT NULL DEFAULT '',
    disability  TEXT NOT NULL DEFAULT '',
    use_demographics INTEGER NOT NULL DEFAULT 0 CHECK (use_demographics IN (0, 1)),
    mentor_preference TEXT NOT NULL DEFAULT '',
    avoid       TEXT NOT NULL DEFAULT '',
    statement   TEXT NOT NULL DEFAULT '',
    offer       TEXT NOT NULL DEFAULT '',
    capacity    INTEGER NOT NULL DEFAULT 1 CHECK (capacity >= 0),
    adult       INTEGER NOT NULL DEFAULT 1 CHECK (adult IN (0, 1)),
    guardian_permission INTEGER NOT NULL DEFAULT 0 CHECK (guardian_permission IN (0, 1)),
    eligibility TEXT NOT NULL DEFAULT 'unknown' CHECK (eligibility IN ('unknown', 'eligible', 'ineligible')),
    eligibility_reason TEXT NOT NULL DEFAULT '',
    version     INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL DEFAULT '',
    UNIQUE (cycle_id, code)
);
CREATE INDEX applications_cycle_role_status ON applications (cycle_id, role, status);
CREATE INDEX applications_person ON applications (person_id);

CREATE TABLE reviewers (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    email       TEXT NOT NULL DEFAULT '',
    role        TEXT NOT NULL DEFAULT 'member' CHECK (role IN ('chair', 'member')),
    capacity    INTEGER NOT NULL DEFAULT 20 CHECK (capacity >= 0),
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    version     INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL DEFAULT ''
);

-- A reviewer's conflict of interest with a person (declared, or suggested and then confirmed).
CREATE TABLE conflicts (
    id          TEXT PRIMARY KEY,
    reviewer_id TEXT NOT NULL REFERENCES reviewers(id) ON DELETE CASCADE,
    person_id   TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    source      TEXT NOT NULL CHECK (source IN ('declared', 'same_library', 'email_domain', 'other')),
    status      TEXT NOT NULL DEFAULT 'confirmed' CHECK (status IN ('suggested', 'confirmed', 'dismissed')),
    reason      TEXT NOT NULL DEFAULT '',
    version     INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL DEFAULT '',
    UNIQUE (reviewer_id, person_id)
);

CREATE TABLE rubric_criteria (
    id          TEXT PRIMARY KEY,
    cycle_id    TEXT NOT NULL REFERENCES cycles(id) ON DELETE CASCADE,
    role        TEXT NOT NULL CHECK (role IN ('mentor', 'mentee')),
    name        TEXT NOT NULL,
    guidance    TEXT NOT NULL DEFAULT '',
    scale_min   INTEGER NOT NULL DEFAULT 1,
    scale_max   INTEGER NOT NULL DEFAULT 5,
    weight      DOUBLE PRECISION NOT NULL DEFAULT 1 CHECK (weight >= 0),
    allow_na    INTEGER NOT NULL DEFAULT 0 CHECK (allow_na IN (0, 1)),
    sort_order  INTEGER NOT NULL DEFAULT 0,
    version     INTEGER NOT NULL DEFAULT 1,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL DEFAULT '',
    CHECK (scale_max > scale_min)
);
CREATE INDEX rubric_criteria_cycle ON rubric_criteria (cycle_id, role, sort_order);

CREATE TABLE assignments (
    id          TEXT PRIMARY KEY,
    application_id TEXT NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
    reviewer_id TEXT NOT NULL REFERENCES reviewers(id) ON DELETE CASCADE,
    source      TEXT NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'auto')),
    seed        INTEGER,
    comment     TEXT NOT NULL DEFAULT '',
    submitted_at TEXT,
    version     INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL DEFAULT '',
    UNIQUE (application_id, reviewer_id)
);
CREATE INDEX assignments_reviewer ON assignments (reviewer_id);

-- One cell of a scoring grid. value is NULL while unscored; not_applicable marks "N/A".
CREATE TABLE scores (
    id          TEXT PRIMARY KEY,
    assignment_id TEXT NOT NULL REFERENCES assignments(id) ON DELETE CASCADE,
    criterion_id TEXT NOT NULL REFERENCES rubric_criteria(id) ON DELETE CASCADE,
    value       DOUBLE PRECISION,
    not_applicable INTEGER NOT NULL DEFAULT 0 CHECK (not_applicable IN (0, 1)),
    version     INTEGER NOT NULL DEFAULT 1,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL DEFAULT '',
    UNIQUE (assignment_id, criterion_id)
);
CREATE INDEX scores_criterion ON scores (criterion_id);

CREATE TABLE decisions (
    id          TEXT PRIMARY KEY,
    application_id TEXT NOT NULL UNIQUE REFERENCES applications(id) ON DELETE CASCADE,
    outcome     TEXT NOT NULL CHECK (outcome IN ('accepted', 'waitlisted', 'declined')),
    reason      TEXT NOT NULL DEFAULT '',
    decided_on  TEXT NOT NULL,
    decided_by  TEXT NOT NULL DEFAULT '',
    version     INTEGER NOT NULL DEFAULT 1,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL DEFAULT ''
);

CREATE TABLE matches (
    id          TEXT PRIMARY KEY,
    cycle_id    TEXT NOT NULL REFERENCES cycles(id) ON DELETE CASCADE,
    mentor_application_id TEXT NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
    mentee_application_id TEXT NOT NULL UNIQUE REFERENCES applications(id) ON DELETE CASCADE,
    status      TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'ended')),
    source      TEXT NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'auto')),
    locked      INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1)),
    score       DOUBLE PRECISION,
    published_on TEXT,
    ended_on    TEXT,
    liaison_reviewer_id TEXT REFERENCES reviewers(id) ON DELETE SET NULL,
    version     INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX matches_cycle ON matches (cycle_id, status);
CREATE INDEX matches_mentor ON matches (mentor_application_id);

CREATE TABLE goal_sheets (
    id          TEXT PRIMARY KEY,
    match_id    TEXT NOT NULL UNIQUE REFERENCES matches(id) ON DELETE CASCADE,
    due_on      TEXT NOT NULL,
    submitted_on TEXT,
    version     INTEGER NOT NULL DEFAULT 1,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL DEFAULT ''
);

-- A SMART goal written against one of the program's seven objectives.
CREATE TABLE goals (
    id          TEXT PRIMARY KEY,
    goal_sheet_id TEXT NOT NULL REFERENCES goal_sheets(id) ON DELETE CASCADE,
    objective   INTEGER NOT NULL CHECK (objective BETWEEN 1 AND 7),
    title       TEXT NOT NULL,
    specific    TEXT NOT NULL DEFAULT '',
    measurable  TEXT NOT NULL DEFAULT '',
    achievable  TEXT NOT NULL DEFAULT '',
    relevant    TEXT NOT NULL DEFAULT '',
    time_bound  TEXT NOT NULL DEFAULT '',
    sort_order  INTEGER NOT NULL DEFAULT 0,
    version     INTEGER NOT NULL DEFAULT 1,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL DEFAULT ''
);

CREATE TABLE orientation_attendance (
    id          TEXT PRIMARY KEY,
    application_id TEXT NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
    session_on  TEXT NOT NULL,
    attended    INTEGER NOT NULL DEFAULT 0 CHECK (attended IN (0, 1)),
    version     INTEGER NOT NULL DEFAULT 1,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL DEFAULT '',
    UNIQUE (application_id, session_on)
);

CREATE TABLE contact_entries (
    id          TEXT PRIMARY KEY,
    match_id    TEXT NOT NULL REFERENCES matches(id) ON DELETE CASCADE,
    contact_on  TEXT NOT NULL,
    method      TEXT NOT NULL CHECK (method IN ('email', 'phone', 'video', 'chat', 'in_person')),
    initiated_by TEXT NOT NULL CHECK (initiated_by IN ('mentor', 'mentee', 'liaison')),
    note        TEXT NOT NULL DEFAULT '',
    version     INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX contact_entries_match ON contact_entries (match_id, contact_on);

CREATE TABLE letter_templates (
    id          TEXT PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('acceptance_mentor', 'acceptance_mentee', 'waitlist', 'decline',
                    'match_introduction', 'goal_reminder', 'service_recognition')),
    language    TEXT NOT NULL DEFAULT 'en',
    name        TEXT NOT NULL,
    subject     TEXT NOT NULL DEFAULT '',
    body        TEXT NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL DEFAULT '',
    UNIQUE (kind, language)
);

-- What a person was sent, kept as issued: never updated when the template changes.
CREATE TABLE issued_letters (
    id          TEXT PRIMARY KEY,
    application_id TEXT NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
    template_id TEXT REFERENCES letter_templates(id) ON DELETE SET NULL,
    template_version INTEGER NOT NULL,
    kind        TEXT NOT NULL,
    language    TEXT NOT NULL,
    issued_text TEXT NOT NULL,
    pdf_sha256  TEXT NOT NULL,
    file_name   TEXT NOT NULL DEFAULT '',
    issued_at   TEXT NOT NULL,
    issued_by   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX issued_letters_application ON issued_letters (application_id, kind);

CREATE TABLE audit_log (
    id          TEXT PRIMARY KEY,
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL DEFAULT '',
    action      TEXT NOT NULL,
    entity      TEXT NOT NULL DEFAULT '',
    entity_id   TEXT NOT NULL DEFAULT '',
    detail      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_at ON audit_log (at);

INSERT INTO field_catalog (table_name, column_name, confidential, personal) VALUES
    ('people', 'email', 0, 1),
    ('people', 'phone', 0, 1),
    ('applications', 'gender', 1, 1),
    ('applications', 'bipoc', 1, 1),
    ('applications', 'disability', 1, 1),
    ('applications', 'mentor_preference', 1, 1),
    ('applications', 'avoid', 1, 1),
    ('applications', 'alsc_member_id', 0, 1);
INSERT INTO schema_migrations VALUES (1, 'initial', '2026-11-28T12:00:00Z');
PRAGMA user_version = 1;
INSERT INTO program (id, name, organization, contact_email, hmac_secret, created_at, version, updated_at) VALUES
 ('6f1c7c2e-0b8a-4f5e-9a51-3d2b7a0e4c11', 'Fixture Program v1', 'ALSC', 'mentoring@example.org', '00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff', '2026-11-28T12:00:00Z', 1, '2026-11-28T12:00:00Z');
INSERT INTO cycles (id, name, season, year, starts_on, ends_on, blind_review, sort_order, version, created_at, updated_at) VALUES
 ('c1000000-0000-4000-8000-000000000001', 'Spring 2017', 'spring', 2017, '2017-01-01', '2018-03-31', 0, 0, 1, '2026-11-28T12:00:00Z', '2026-11-28T12:00:00Z');
INSERT INTO phases (id, cycle_id, name, kind, starts_on, ends_on, deadline, sort_order, version, updated_at) VALUES
 ('p1000000-0000-4000-8000-000000000001', 'c1000000-0000-4000-8000-000000000001', 'Applications accepted', 'applications', '2017-01-01', '2017-02-24', '2017-02-24', 0, 1, '2026-11-28T12:00:00Z');
INSERT INTO people (id, first_name, last_name, email, version, created_at, updated_at) VALUES
 ('a0000000-0000-4000-8000-000000000001', 'Maya', 'Okafor', 'maya.okafor@example.org', 1, '2026-11-28T12:00:00Z', '2026-11-28T12:00:00Z'),
 ('a0000000-0000-4000-8000-000000000002', 'Luis', 'Herrera', 'lherrera@example.org', 1, '2026-11-28T12:00:00Z', '2026-11-28T12:00:00Z');
INSERT INTO applications (id, cycle_id, person_id, role, code, status, submitted_at, library, library_type, state, alsc_member, created_at, updated_at) VALUES
 ('b0000000-0000-4000-8000-000000000001', 'c1000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000001', 'mentor', 'S17-M-001', 'accepted', '2017-02-01T15:00:00Z', 'Dayton Metro Library', 'public', 'OH', 1, '2026-11-28T12:00:00Z', '2026-11-28T12:00:00Z'),
 ('b0000000-0000-4000-8000-000000000002', 'c1000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000002', 'mentee', 'S17-E-001', 'received', '2017-02-10T15:00:00Z', 'Tucson Unified School District', 'school', 'AZ', 0, '2026-11-28T12:00:00Z', '2026-11-28T12:00:00Z');
COMMIT;
