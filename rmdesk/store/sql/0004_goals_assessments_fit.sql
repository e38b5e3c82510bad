-- rmdesk schema version 4: goal templates, editable assessment dimensions, pairing-fit
-- checks, and one assessment per person and phase (one score per dimension).
-- Frozen: later changes are new migrations, never edits to this file.

CREATE TABLE "goal_template" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "topic_id" INTEGER,
    "owner" VARCHAR(255) NOT NULL CHECK (owner IN ('mentee', 'mentor')),
    "title" VARCHAR(255) NOT NULL,
    "success_measure" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    FOREIGN KEY ("topic_id") REFERENCES "topic" ("id") ON DELETE SET NULL
);
CREATE INDEX "goal_template_topic_id" ON "goal_template" ("topic_id");

CREATE TABLE "assessment_dimension" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "role" VARCHAR(255) NOT NULL CHECK (role IN ('mentor', 'mentee')),
    "name" VARCHAR(255) NOT NULL,
    "position" INTEGER NOT NULL
);
CREATE UNIQUE INDEX "assessment_dimension_role_name" ON "assessment_dimension" ("role", "name");

CREATE TABLE "fit_check" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "pair_id" INTEGER NOT NULL,
    "participant_id" INTEGER NOT NULL,
    "date" DATE NOT NULL,
    "answer" VARCHAR(255) NOT NULL CHECK (answer IN ('good_fit', 'still_deciding', 'not_a_good_fit')),
    "note" TEXT NOT NULL,
    FOREIGN KEY ("pair_id") REFERENCES "pair" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("participant_id") REFERENCES "participant" ("id") ON DELETE RESTRICT
);
CREATE INDEX "fit_check_pair_id" ON "fit_check" ("pair_id");
CREATE INDEX "fit_check_participant_id" ON "fit_check" ("participant_id");
CREATE UNIQUE INDEX "fit_check_pair_id_participant_id" ON "fit_check" ("pair_id", "participant_id");

-- Nothing wrote assessments before this version, so these cannot meet duplicates.
CREATE UNIQUE INDEX "assessment_pair_id_participant_id_phase"
    ON "assessment" ("pair_id", "participant_id", "phase");
CREATE UNIQUE INDEX "assessment_score_assessment_id_dimension"
    ON "assessment_score" ("assessment_id", "dimension");

INSERT INTO "assessment_dimension" ("role", "name", "position") VALUES
    ('mentee', 'Digital fluency', 1),
    ('mentee', 'Understanding of younger colleagues', 2),
    ('mentee', 'Inclusive leadership', 3),
    ('mentee', 'Openness to challenge', 4),
    ('mentor', 'Confidence with senior leaders', 1),
    ('mentor', 'Communication', 2),
    ('mentor', 'Understanding of the business', 3),
    ('mentor', 'Voice in the organisation', 4);

-- SMART examples (specific, measurable, dated against the cycle's milestones), per topic
-- and owner, then general ones.  A topic renamed or removed before this version simply
-- gets none of its examples (INSERT ... SELECT finds no row).
INSERT INTO "goal_template" ("topic_id", "owner", "title", "success_measure", "position")
    SELECT "id", 'mentee', 'Run one team meeting end to end in the collaboration tool',
    'Scheduled, shared the screen and used the chat or a poll without help, once before the midpoint', 1 FROM "topic" WHERE "name" = 'Technology & digital tools';
INSERT INTO "goal_template" ("topic_id", "owner", "title", "success_measure", "position")
    SELECT "id", 'mentee', 'Automate one weekly report with a shared spreadsheet or dashboard',
    'The report builds itself from live data and the manual version is retired by the final review', 2 FROM "topic" WHERE "name" = 'Technology & digital tools';
INSERT INTO "goal_template" ("topic_id", "owner", "title", "success_measure", "position")
    SELECT "id", 'mentee', 'Try three AI assistants on a real task and write down what each is good for',
    'A one-page note comparing the three, shared with the mentor by the midpoint', 3 FROM "topic" WHERE "name" = 'Technology & digital tools';
INSERT INTO "goal_template" ("topic_id", "owner", "title", "success_measure", "position")
    SELECT "id", 'mentor', 'Present a tool demo to the mentee''s leadership team',
    'A 15-minute demo given, with at least two follow-up questions answered, before the final review', 4 FROM "topic" WHERE "name" = 'Technology & digital tools';
INSERT INTO "goal_template" ("topic_id", "owner", "title", "success_measure", "position")
    SELECT "id", 'mentor', 'Write a one-page guide to a tool you use every day',
    'Guide reviewed by the mentee and published on the intranet by the midpoint', 5 FROM "topic" WHERE "name" = 'Technology & digital tools';
INSERT INTO "goal_template" ("topic_id", "owner", "title", "success_measure", "position")
    SELECT "id", 'mentee', 'Post on the company LinkedIn page twice a month by the midpoint',
    'At least two posts a month for the three months before the midpoint review', 6 FROM "topic" WHERE "name" = 'Social media';
INSERT INTO "goal_template" ("topic_id", "owner", "title", "success_measure", "position")
    SELECT "id", 'mentee', 'Reply to comments on your own posts within two working days',
    'Every comment in a month answered within two working days, checked with the mentor', 7 FROM "topic" WHERE "name" = 'Social media';
INSERT INTO "goal_template" ("topic_id", "owner", "title", "success_measure", "position")
    SELECT "id", 'mentee', 'Follow and read ten voices under 30 in our industry',
    'A list of ten accounts followed and three takeaways discussed in a meeting, by the midpoint', 8 FROM "topic" WHERE "name" = 'Social media';
INSERT INTO "goal_template" ("topic_id", "owner", "title", "success_measure", "position")
    SELECT "id", 'mentor', 'Draft a social media plan for one of the mentee''s projects',
    'A written plan with audience, channels and four example posts, accepted by the mentee', 9 FROM "topic" WHERE "name" = 'Social media';
INSERT INTO "goal_template" ("topic_id", "owner", "title", "success_measure", "position")
    SELECT "id", 'mentor', 'Explain the company''s social media policy to your own team',
    'A ten-minute briefing given, with the policy owner''s agreement, before the final review', 10 FROM "topic" WHERE "name" = 'Social media';
INSERT INTO "goal_template" ("topic_id", "owner", "title", "success_measure", "position")
    SELECT "id", 'mentee', 'Hold three listening conversations with colleagues under 30',
    'Three conversations held and one change to how the team works agreed, by the midpoint', 11 FROM "topic" WHERE "name" = 'Generational trends';
INSERT INTO "goal_template" ("topic_id", "owner", "title", "success_measure", "position")
    SELECT "id", 'mentee', 'Read or watch one current piece on how a younger generation works every month',
    'One item a month discussed with the mentor until the final review', 12 FROM "topic" WHERE "name" = 'Generational trends';
INSERT INTO "goal_template" ("topic_id", "owner", "title", "success_measure", "position")
    SELECT "id", 'mentor', 'Bring one trend your peers care about to a senior meeting',
    'The trend presented and noted in the minutes of a senior meeting before the final review', 13 FROM "topic" WHERE "name" = 'Generational trends';
INSERT INTO "goal_template" ("topic_id", "owner", "title", "success_measure", "position")
    SELECT "id", 'mentor', 'Summarise what your peers expect from a manager',
    'A one-page summary from at least five peers, discussed with the mentee by the midpoint', 14 FROM "topic" WHERE "name" = 'Generational trends';
INSERT INTO "goal_template" ("topic_id", "owner", "title", "success_measure", "position")
    SELECT "id", 'mentee', 'Visit a team or site you have never been to',
    'One visit made and three observations shared with the mentor by the midpoint', 15 FROM "topic" WHERE "name" = 'Cultural insights';
INSERT INTO "goal_template" ("topic_id", "owner", "title", "success_measure", "position")
    SELECT "id", 'mentee', 'Ask for feedback on one habit that sets the tone for your team',
    'Feedback from three people collected and one habit changed before the final review', 16 FROM "topic" WHERE "name" = 'Cultural insights';
INSERT INTO "goal_template" ("topic_id", "owner", "title", "success_measure", "position")
    SELECT "id", 'mentor', 'Describe the unwritten rules of the organisation as you see them',
    'A list of five unwritten rules discussed with the mentee by the midpoint', 17 FROM "topic" WHERE "name" = 'Cultural insights';
INSERT INTO "goal_template" ("topic_id", "owner", "title", "success_measure", "position")
    SELECT "id", 'mentor', 'Lead one agenda item in a senior meeting before the final review',
    'Agenda item led, with the chair''s feedback written down', 18 FROM "topic" WHERE "name" = 'Cultural insights';
INSERT INTO "goal_template" ("topic_id", "owner", "title", "success_measure", "position")
    SELECT "id", 'mentee', 'Change one team ritual so that every voice is heard',
    'The new ritual used in four consecutive team meetings, before the final review', 19 FROM "topic" WHERE "name" = 'Diversity & inclusion';
INSERT INTO "goal_template" ("topic_id", "owner", "title", "success_measure", "position")
    SELECT "id", 'mentee', 'Sponsor one person from an under-represented group for a stretch task',
    'The person named, the task agreed and a check-in held by the midpoint', 20 FROM "topic" WHERE "name" = 'Diversity & inclusion';
INSERT INTO "goal_template" ("topic_id", "owner", "title", "success_measure", "position")
    SELECT "id", 'mentee', 'Review one recruitment advert with the mentor for inclusive wording',
    'At least three changes made and the advert republished by the midpoint', 21 FROM "topic" WHERE "name" = 'Diversity & inclusion';
INSERT INTO "goal_template" ("topic_id", "owner", "title", "success_measure", "position")
    SELECT "id", 'mentor', 'Join or start an employee network activity',
    'Took part in two network events, or organised one, before the final review', 22 FROM "topic" WHERE "name" = 'Diversity & inclusion';
INSERT INTO "goal_template" ("topic_id", "owner", "title", "success_measure", "position")
    SELECT "id", 'mentor', 'Give the mentee honest feedback on one inclusion blind spot',
    'Feedback given in a meeting and a follow-up agreed, by the midpoint', 23 FROM "topic" WHERE "name" = 'Diversity & inclusion';
INSERT INTO "goal_template" ("topic_id", "owner", "title", "success_measure", "position")
    SELECT "id", 'mentee', 'Agree clear hybrid working norms with your team',
    'Norms written down, agreed by the team and reviewed once, by the final review', 24 FROM "topic" WHERE "name" = 'Remote & hybrid work';
INSERT INTO "goal_template" ("topic_id", "owner", "title", "success_measure", "position")
    SELECT "id", 'mentee', 'Hold one fully remote week and note what helped and what got in the way',
    'The week done and a list of three changes shared with the team by the midpoint', 25 FROM "topic" WHERE "name" = 'Remote & hybrid work';
INSERT INTO "goal_template" ("topic_id", "owner", "title", "success_measure", "position")
    SELECT "id", 'mentor', 'Propose one improvement to how hybrid meetings run',
    'Proposal written, discussed with the mentee and tried in one meeting by the midpoint', 26 FROM "topic" WHERE "name" = 'Remote & hybrid work';
INSERT INTO "goal_template" ("topic_id", "owner", "title", "success_measure", "position")
    SELECT "id", 'mentor', 'Run a short survey of your peers on remote work',
    'At least ten answers collected and summarised for the mentee before the final review', 27 FROM "topic" WHERE "name" = 'Remote & hybrid work';
INSERT INTO "goal_template" ("topic_id", "owner", "title", "success_measure", "position")
    SELECT "id", 'mentee', 'Complete one online course chosen with the mentor',
    'Course certificate or final assignment completed by the final review', 28 FROM "topic" WHERE "name" = 'Education & self-development';
INSERT INTO "goal_template" ("topic_id", "owner", "title", "success_measure", "position")
    SELECT "id", 'mentee', 'Keep a monthly learning log',
    'One entry a month, shared in meetings, until the final review', 29 FROM "topic" WHERE "name" = 'Education & self-development';
INSERT INTO "goal_template" ("topic_id", "owner", "title", "success_measure", "position")
    SELECT "id", 'mentor', 'Complete a course on presenting or influencing',
    'Course finished and one idea from it tried in a real meeting by the final review', 30 FROM "topic" WHERE "name" = 'Education & self-development';
INSERT INTO "goal_template" ("topic_id", "owner", "title", "success_measure", "position")
    SELECT "id", 'mentor', 'Read two books recommended by the mentee',
    'Both books read and discussed, one by the midpoint, one by the final review', 31 FROM "topic" WHERE "name" = 'Education & self-development';
INSERT INTO "goal_template" ("topic_id", "owner", "title", "success_measure", "position")
    SELECT "id", 'mentee', 'Sponsor the mentor for one visible opportunity',
    'An introduction or stretch assignment arranged before the final review', 32 FROM "topic" WHERE "name" = 'Career development';
INSERT INTO "goal_template" ("topic_id", "owner", "title", "success_measure", "position")
    SELECT "id", 'mentee', 'Rewrite your team''s career conversations with a junior view in mind',
    'New conversation guide used with two team members by the final review', 33 FROM "topic" WHERE "name" = 'Career development';
INSERT INTO "goal_template" ("topic_id", "owner", "title", "success_measure", "position")
    SELECT "id", 'mentor', 'Write a two-year development plan and review it with the mentee',
    'Plan written by the midpoint and reviewed together before the final review', 34 FROM "topic" WHERE "name" = 'Career development';
INSERT INTO "goal_template" ("topic_id", "owner", "title", "success_measure", "position")
    SELECT "id", 'mentor', 'Shadow the mentee for one day',
    'A day of shadowing done and three lessons written down by the midpoint', 35 FROM "topic" WHERE "name" = 'Career development';
INSERT INTO "goal_template" ("topic_id", "owner", "title", "success_measure", "position")
    SELECT "id", 'mentor', 'Ask three senior leaders how they built their careers',
    'Three conversations held and notes discussed with the mentee before the final review', 36 FROM "topic" WHERE "name" = 'Career development';
INSERT INTO "goal_template" ("topic_id", "owner", "title", "success_measure", "position")
    SELECT "id", 'mentee', 'Pilot one idea from a junior colleague',
    'Pilot run for at least four weeks with results shared before the final review', 37 FROM "topic" WHERE "name" = 'Innovation';
INSERT INTO "goal_template" ("topic_id", "owner", "title", "success_measure", "position")
    SELECT "id", 'mentee', 'Set aside time each month to try a new product your customers use',
    'One product tried a month and lessons discussed until the final review', 38 FROM "topic" WHERE "name" = 'Innovation';
INSERT INTO "goal_template" ("topic_id", "owner", "title", "success_measure", "position")
    SELECT "id", 'mentor', 'Pitch one improvement idea to a decision maker',
    'Idea pitched with a one-page case and an answer received before the final review', 39 FROM "topic" WHERE "name" = 'Innovation';
INSERT INTO "goal_template" ("topic_id", "owner", "title", "success_measure", "position")
    SELECT "id", 'mentor', 'Map one process with the mentee and find three improvements',
    'Process map and three improvements agreed with the process owner by the midpoint', 40 FROM "topic" WHERE "name" = 'Innovation';
INSERT INTO "goal_template" ("topic_id", "owner", "title", "success_measure", "position")
    SELECT "id", 'mentee', 'Walk through the first week of a new starter',
    'Onboarding experienced or reviewed with a recent joiner and two fixes made by the midpoint', 41 FROM "topic" WHERE "name" = 'Employee experience';
INSERT INTO "goal_template" ("topic_id", "owner", "title", "success_measure", "position")
    SELECT "id", 'mentee', 'Hold an open question session with a junior group',
    'One session held with at least eight people and answers followed up in writing', 42 FROM "topic" WHERE "name" = 'Employee experience';
INSERT INTO "goal_template" ("topic_id", "owner", "title", "success_measure", "position")
    SELECT "id", 'mentor', 'Collect the top three frustrations of new joiners',
    'Findings from at least five joiners presented to the mentee by the midpoint', 43 FROM "topic" WHERE "name" = 'Employee experience';
INSERT INTO "goal_template" ("topic_id", "owner", "title", "success_measure", "position")
    SELECT "id", 'mentor', 'Suggest one change to onboarding and help put it in place',
    'The change agreed with HR and used for the next intake before the final review', 44 FROM "topic" WHERE "name" = 'Employee experience';
INSERT INTO "goal_template" ("topic_id", "owner", "title", "success_measure", "position")
    VALUES (NULL, 'mentee', 'Agree three learning questions for the programme in the first meeting',
    'Three questions written down in the first meeting and revisited at the midpoint', 45);
INSERT INTO "goal_template" ("topic_id", "owner", "title", "success_measure", "position")
    VALUES (NULL, 'mentee', 'Apply one thing learnt from the mentor in your own team each quarter',
    'One change a quarter described in a meeting, until the final review', 46);
INSERT INTO "goal_template" ("topic_id", "owner", "title", "success_measure", "position")
    VALUES (NULL, 'mentee', 'Give the mentor access to one senior forum',
    'Mentor attended one senior meeting as a guest before the final review', 47);
INSERT INTO "goal_template" ("topic_id", "owner", "title", "success_measure", "position")
    VALUES (NULL, 'mentor', 'Prepare and lead one meeting with the mentee',
    'Agenda sent in advance and the meeting led by the mentor, by the midpoint', 48);
INSERT INTO "goal_template" ("topic_id", "owner", "title", "success_measure", "position")
    VALUES (NULL, 'mentor', 'Give structured feedback to a senior leader',
    'Feedback given using a simple model (situation, behaviour, impact) at least once by the midpoint', 49);
INSERT INTO "goal_template" ("topic_id", "owner", "title", "success_measure", "position")
    VALUES (NULL, 'mentor', 'Build a network of five senior contacts outside your department',
    'Five introductions made and one follow-up each before the final review', 50);
