-- Articles and their facts. One wide `facts` table holds every field of SCHEMA.md;
-- `value` is text because dates carry ISO strings where targets and metrics carry numbers
-- (the per-type views cast it back).
CREATE TABLE articles (
    article_id    VARCHAR PRIMARY KEY,
    url           VARCHAR,
    doc           VARCHAR NOT NULL,
    source        VARCHAR,
    title         VARCHAR,
    published_at  TIMESTAMP,
    province      VARCHAR,
    province_2025 VARCHAR,
    text          VARCHAR NOT NULL,
    content_hash  VARCHAR NOT NULL UNIQUE,
    meta          JSON,
    ingested_at   TIMESTAMP NOT NULL DEFAULT current_timestamp
);

CREATE TABLE facts (
    fact_id       VARCHAR PRIMARY KEY,
    article_id    VARCHAR NOT NULL,
    type          VARCHAR NOT NULL,
    doc           VARCHAR NOT NULL,
    province      VARCHAR,
    province_2025 VARCHAR,
    text          VARCHAR NOT NULL,
    start         INTEGER NOT NULL,
    "end"         INTEGER NOT NULL,
    sentence      VARCHAR,
    indicator     VARCHAR,
    value         VARCHAR,
    unit          VARCHAR,
    comparator    VARCHAR,
    deadline      INTEGER,
    category      VARCHAR,
    denominator   DOUBLE,
    as_of         VARCHAR,
    "index"       VARCHAR,
    component     VARCHAR,
    year          INTEGER,
    rank          INTEGER,
    total         INTEGER,
    score         DOUBLE,
    granularity   VARCHAR,
    role          VARCHAR,
    doc_type      VARCHAR,
    number        VARCHAR,
    issued        VARCHAR,
    issuer        VARCHAR,
    name          VARCHAR,
    title         VARCHAR,
    organization  VARCHAR,
    record        JSON NOT NULL
);

CREATE INDEX facts_article ON facts (article_id);
CREATE INDEX facts_type ON facts (type);
