-- rmdesk schema version 1: the data model of DESIGN.md, first version.
-- Frozen: later changes are new migrations, never edits to this file.

CREATE TABLE "participant" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "full_name" VARCHAR(255) NOT NULL,
    "email" VARCHAR(255),
    "role" VARCHAR(255) NOT NULL CHECK (role IN ('mentor', 'mentee')),
    "job_title" VARCHAR(255) NOT NULL,
    "department" VARCHAR(255) NOT NULL,
    "level" INTEGER NOT NULL CHECK (level BETWEEN 1 AND 6),
    "manager_id" INTEGER,
    "location" VARCHAR(255) NOT NULL,
    "work_mode" VARCHAR(255) NOT NULL CHECK (work_mode IN ('onsite', 'hybrid', 'remote')),
    "availability" VARCHAR(255) NOT NULL,
    "notes" TEXT NOT NULL,
    "consent_on" DATE,
    "archived" INTEGER NOT NULL,
    "created_at" DATETIME NOT NULL,
    "updated_at" DATETIME NOT NULL,
    FOREIGN KEY ("manager_id") REFERENCES "participant" ("id") ON DELETE SET NULL
);
CREATE UNIQUE INDEX "participant_email" ON "participant" ("email");
CREATE INDEX "participant_manager_id" ON "participant" ("manager_id");

CREATE TABLE "topic" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "name" VARCHAR(255) NOT NULL
);
CREATE UNIQUE INDEX "topic_name" ON "topic" ("name");

CREATE TABLE "participant_topic" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "participant_id" INTEGER NOT NULL,
    "topic_id" INTEGER NOT NULL,
    "kind" VARCHAR(255) NOT NULL CHECK (kind IN ('offers', 'wants')),
    "priority" INTEGER NOT NULL,
    FOREIGN KEY ("participant_id") REFERENCES "participant" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("topic_id") REFERENCES "topic" ("id") ON DELETE RESTRICT
);
CREATE INDEX "participant_topic_participant_id" ON "participant_topic" ("participant_id");
CREATE INDEX "participant_topic_topic_id" ON "participant_topic" ("topic_id");
CREATE UNIQUE INDEX "participant_topic_participant_id_topic_id_kind" ON "participant_topic" ("participant_id", "topic_id", "kind");

CREATE TABLE "cycle" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "name" VARCHAR(255) NOT NULL,
    "start_date" DATE NOT NULL,
    "end_date" DATE NOT NULL CHECK (end_date > start_date),
    "cadence_days" INTEGER NOT NULL CHECK (cadence_days >= 1),
    "meeting_minutes" INTEGER NOT NULL CHECK (meeting_minutes >= 1),
    "status" VARCHAR(255) NOT NULL CHECK (status IN ('planning', 'active', 'closed'))
);
CREATE UNIQUE INDEX "cycle_name" ON "cycle" ("name");

CREATE TABLE "pair" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "cycle_id" INTEGER NOT NULL,
    "mentor_id" INTEGER NOT NULL,
    "mentee_id" INTEGER NOT NULL,
    "status" VARCHAR(255) NOT NULL CHECK (status IN ('proposed', 'active', 'completed', 'ended_early')),
    "match_score" REAL,
    "match_reasons" TEXT NOT NULL,
    "agreement_signed_on" DATE,
    "started_on" DATE,
    "ended_on" DATE,
    "end_reason" TEXT NOT NULL,
    FOREIGN KEY ("cycle_id") REFERENCES "cycle" ("id") ON DELETE RESTRICT,
    FOREIGN KEY ("mentor_id") REFERENCES "participant" ("id") ON DELETE RESTRICT,
    FOREIGN KEY ("mentee_id") REFERENCES "participant" ("id") ON DELETE RESTRICT
);
CREATE INDEX "pair_cycle_id" ON "pair" ("cycle_id");
CREATE INDEX "pair_mentor_id" ON "pair" ("mentor_id");
CREATE INDEX "pair_mentee_id" ON "pair" ("mentee_id");

CREATE TABLE "meeting" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "pair_id" INTEGER NOT NULL,
    "starts_at" DATETIME NOT NULL,
    "duration_minutes" INTEGER NOT NULL,
    "mode" VARCHAR(255) NOT NULL CHECK (mode IN ('in_person', 'video', 'phone')),
    "location" VARCHAR(255) NOT NULL,
    "agenda" TEXT NOT NULL,
    "status" VARCHAR(255) NOT NULL CHECK (status IN ('planned', 'held', 'cancelled', 'missed')),
    "notes" TEXT NOT NULL,
    FOREIGN KEY ("pair_id") REFERENCES "pair" ("id") ON DELETE CASCADE
);
CREATE INDEX "meeting_pair_id" ON "meeting" ("pair_id");
CREATE INDEX "meeting_starts_at" ON "meeting" ("starts_at");

CREATE TABLE "milestone" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "cycle_id" INTEGER NOT NULL,
    "title" VARCHAR(255) NOT NULL,
    "date" DATE NOT NULL,
    FOREIGN KEY ("cycle_id") REFERENCES "cycle" ("id") ON DELETE CASCADE
);
CREATE INDEX "milestone_cycle_id" ON "milestone" ("cycle_id");

CREATE TABLE "goal" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "pair_id" INTEGER NOT NULL,
    "owner" VARCHAR(255) NOT NULL CHECK (owner IN ('mentee', 'mentor')),
    "topic_id" INTEGER,
    "title" VARCHAR(255) NOT NULL,
    "success_measure" TEXT NOT NULL,
    "target_date" DATE,
    "status" VARCHAR(255) NOT NULL CHECK (status IN ('open', 'in_progress', 'achieved', 'dropped')),
    "progress" INTEGER NOT NULL CHECK (progress BETWEEN 0 AND 100),
    FOREIGN KEY ("pair_id") REFERENCES "pair" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("topic_id") REFERENCES "topic" ("id") ON DELETE SET NULL
);
CREATE INDEX "goal_pair_id" ON "goal" ("pair_id");
CREATE INDEX "goal_topic_id" ON "goal" ("topic_id");

CREATE TABLE "goal_update" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "goal_id" INTEGER NOT NULL,
    "date" DATE NOT NULL,
    "progress" INTEGER NOT NULL CHECK (progress BETWEEN 0 AND 100),
    "note" TEXT NOT NULL,
    FOREIGN KEY ("goal_id") REFERENCES "goal" ("id") ON DELETE CASCADE
);
CREATE INDEX "goal_update_goal_id" ON "goal_update" ("goal_id");

CREATE TABLE "assessment" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "pair_id" INTEGER NOT NULL,
    "participant_id" INTEGER NOT NULL,
    "phase" VARCHAR(255) NOT NULL CHECK (phase IN ('baseline', 'midpoint', 'final')),
    "date" DATE NOT NULL,
    "satisfaction" INTEGER CHECK (satisfaction BETWEEN 1 AND 5),
    "comment" TEXT NOT NULL,
    FOREIGN KEY ("pair_id") REFERENCES "pair" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("participant_id") REFERENCES "participant" ("id") ON DELETE RESTRICT
);
CREATE INDEX "assessment_pair_id" ON "assessment" ("pair_id");
CREATE INDEX "assessment_participant_id" ON "assessment" ("participant_id");

CREATE TABLE "assessment_score" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "assessment_id" INTEGER NOT NULL,
    "dimension" VARCHAR(255) NOT NULL,
    "score" INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
    FOREIGN KEY ("assessment_id") REFERENCES "assessment" ("id") ON DELETE CASCADE
);
CREATE INDEX "assessment_score_assessment_id" ON "assessment_score" ("assessment_id");

CREATE TABLE "setting" (
    "key" VARCHAR(255) NOT NULL PRIMARY KEY,
    "value" TEXT NOT NULL
);

INSERT INTO "topic" ("name") VALUES
    ('Technology & digital tools'),
    ('Social media'),
    ('Generational trends'),
    ('Cultural insights'),
    ('Diversity & inclusion'),
    ('Remote & hybrid work'),
    ('Education & self-development'),
    ('Career development'),
    ('Innovation'),
    ('Employee experience');
