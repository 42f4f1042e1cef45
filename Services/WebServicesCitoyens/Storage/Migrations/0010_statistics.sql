-- Statistics for the communes and the public observatory. Counting over millions of dossiers at
-- every page would be slow, so each filing and each step change also adds to two roll-up tables,
-- in the same transaction: what is asked per day, and how long dossiers take per month. A query
-- then reads a few thousand roll-up rows, however many dossiers there are. Test dossiers are not
-- counted.

-- Who asks (Citizen | Association | Business | Partner), decided at filing from the request.
ALTER TABLE dossiers ADD COLUMN applicant_kind TEXT NOT NULL DEFAULT 'Citizen';

-- Whether the commune's processing delays appear on the public observatory and on its forms.
ALTER TABLE communes ADD COLUMN delays_public BIGINT NOT NULL DEFAULT 1;

-- Dossiers filed and closed per day (the commune's local date, YYYY-MM-DD), by procedure, channel
-- (Web | Soap | Counter | Phone) and kind of applicant. A closing counts on the day it closed, with
-- the channel and applicant of the dossier; rejected counts the closings through an exit step.
CREATE TABLE statistics_days (
    commune_code   TEXT NOT NULL REFERENCES communes (code),
    day            TEXT NOT NULL,
    procedure_code TEXT NOT NULL,
    channel        TEXT NOT NULL,
    applicant_kind TEXT NOT NULL,
    filed          BIGINT NOT NULL,
    closed         BIGINT NOT NULL,
    rejected       BIGINT NOT NULL,
    PRIMARY KEY (commune_code, day, procedure_code, channel, applicant_kind)
);

-- Processing delays as histograms per month (of the closing, or of leaving the step), procedure,
-- step ('' = the whole dossier, submission to closing) and agent: '' = every agent together; an
-- agent's own rows count only the whole delays of the dossiers they closed. bucket is the upper bound
-- of the delay's bucket in seconds (see DelayBuckets); total_seconds sums the exact delays, so
-- averages stay exact. Histograms add up: a service's or the whole platform's percentiles merge rows.
CREATE TABLE statistics_delays (
    commune_code   TEXT NOT NULL REFERENCES communes (code),
    month          TEXT NOT NULL,
    procedure_code TEXT NOT NULL,
    step_code      TEXT NOT NULL,
    agent_id       TEXT NOT NULL,
    bucket         BIGINT NOT NULL,
    dossiers       BIGINT NOT NULL,
    total_seconds  BIGINT NOT NULL,
    PRIMARY KEY (commune_code, month, procedure_code, step_code, agent_id, bucket)
);
-- Covering indexes for the reads (measured on a generated store, Tests/Benchmarks): each query finds
-- every column it needs in its index. A commune's report adds up its rows of a period; the observatory
-- and the expected delays read whole-dossier rows of every agent across communes; the observatory's
-- volumes read every commune's days.
CREATE INDEX statistics_days_report ON statistics_days
    (commune_code, day, procedure_code, channel, applicant_kind, filed, closed, rejected);
CREATE INDEX statistics_delays_report ON statistics_delays
    (commune_code, agent_id, month, step_code, procedure_code, bucket, dossiers, total_seconds);
-- Each agent's closings (whole delays), read by month without the every-agent step rows.
CREATE INDEX statistics_delays_agents ON statistics_delays
    (commune_code, month, agent_id, bucket, dossiers, total_seconds)
    WHERE step_code = '';
CREATE INDEX statistics_delays_whole ON statistics_delays
    (month, procedure_code, commune_code, bucket, dossiers, total_seconds)
    WHERE step_code = '' AND agent_id = '';
CREATE INDEX statistics_days_observatory ON statistics_days (day, procedure_code, filed, closed);
