-- Reference tables: the 63 provinces before 1 July 2025 and the 34 after, so facts can be
-- compared on either map. Contents come from extract.provinces and are refreshed by
-- warehouse.reference on every writable open (a digest says when they changed), so this
-- migration only shapes the tables. No key constraints: a refresh replaces every row in
-- one transaction.
CREATE TABLE provinces (
    name          VARCHAR NOT NULL,   -- canonical pre-2025 name, as in facts.province
    code          VARCHAR,            -- two-digit administrative code
    slug          VARCHAR NOT NULL,   -- ASCII key ("tay_ninh") for partition paths
    region        VARCHAR,
    type          VARCHAR,
    aliases       VARCHAR[],
    province_2025 VARCHAR             -- the province it belongs to from 1 July 2025
);

CREATE TABLE provinces_2025 (
    name        VARCHAR NOT NULL,
    code        VARCHAR,
    codename    VARCHAR,
    type        VARCHAR,
    merged_from VARCHAR[]             -- the pre-2025 provinces it absorbed
);

CREATE TABLE reference_digests (
    name   VARCHAR NOT NULL,
    digest VARCHAR NOT NULL
);
