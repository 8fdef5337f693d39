-- The crawler's bookkeeping. One row per source per `vnmine crawl`; a run that never
-- reached its end (killed, power cut) keeps status 'running' until the next run marks it
-- 'interrupted'.
CREATE TABLE crawl_runs (
    run_id        VARCHAR NOT NULL,
    source        VARCHAR NOT NULL,
    started_at    TIMESTAMP NOT NULL,
    ended_at      TIMESTAMP,
    status        VARCHAR NOT NULL,  -- running | finished | interrupted | failed
    pages         INTEGER NOT NULL DEFAULT 0,
    new_articles  INTEGER NOT NULL DEFAULT 0,
    duplicates    INTEGER NOT NULL DEFAULT 0,
    errors        INTEGER NOT NULL DEFAULT 0,
    finish_reason VARCHAR
);

-- Article pages fetched under a URL other than the stored one (a canonical link elsewhere,
-- or the same story already stored): not downloaded again.
CREATE TABLE crawl_seen (
    url         VARCHAR PRIMARY KEY,
    article_url VARCHAR,
    source      VARCHAR,
    seen_at     TIMESTAMP NOT NULL DEFAULT current_timestamp
);

-- HTTP validators of feeds and sitemaps for conditional requests; saved only when a run
-- finishes, so an interrupted run never hides pages it had not yet followed.
CREATE TABLE crawl_state (
    url           VARCHAR PRIMARY KEY,
    source        VARCHAR NOT NULL,
    etag          VARCHAR,
    last_modified VARCHAR,
    checked_at    TIMESTAMP NOT NULL
);
