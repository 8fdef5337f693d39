-- Per-type views: one per fact type, typed columns, provenance (article URL, title, date) on every row.
-- Recreated on every writable open, so editing this file needs no migration.
CREATE OR REPLACE VIEW targets AS
SELECT f.fact_id, f.article_id, f.doc, f.province, f.province_2025, f.indicator,
       TRY_CAST(f.value AS DOUBLE) AS value, f.unit, f.comparator, f.deadline, f.category,
       f.text, f.start, f."end", f.sentence, a.url, a.title AS article_title, a.published_at, a.source
FROM facts f JOIN articles a USING (article_id) WHERE f.type = 'target';

CREATE OR REPLACE VIEW metrics AS
SELECT f.fact_id, f.article_id, f.doc, f.province, f.province_2025, f.indicator,
       TRY_CAST(f.value AS DOUBLE) AS value, f.unit, f.comparator, f.denominator, f.as_of,
       f.text, f.start, f."end", f.sentence, a.url, a.title AS article_title, a.published_at, a.source
FROM facts f JOIN articles a USING (article_id) WHERE f.type = 'metric';

CREATE OR REPLACE VIEW rankings AS
SELECT f.fact_id, f.article_id, f.doc, f.province, f.province_2025, f."index", f.component,
       f.year, f.rank, f.total, f.score,
       f.text, f.start, f."end", f.sentence, a.url, a.title AS article_title, a.published_at, a.source
FROM facts f JOIN articles a USING (article_id) WHERE f.type = 'ranking';

CREATE OR REPLACE VIEW dates AS
SELECT f.fact_id, f.article_id, f.doc, f.province, f.province_2025, f.value, f.granularity, f.role,
       f.text, f.start, f."end", f.sentence, a.url, a.title AS article_title, a.published_at, a.source
FROM facts f JOIN articles a USING (article_id) WHERE f.type = 'date';

CREATE OR REPLACE VIEW legal_refs AS
SELECT f.fact_id, f.article_id, f.doc, f.province, f.province_2025, f.doc_type, f.number,
       f.issued, f.issuer,
       f.text, f.start, f."end", f.sentence, a.url, a.title AS article_title, a.published_at, a.source
FROM facts f JOIN articles a USING (article_id) WHERE f.type = 'legal_ref';

CREATE OR REPLACE VIEW officials AS
SELECT f.fact_id, f.article_id, f.doc, f.province, f.province_2025, f.name, f.title,
       f.organization,
       f.text, f.start, f."end", f.sentence, a.url, a.title AS article_title, a.published_at, a.source
FROM facts f JOIN articles a USING (article_id) WHERE f.type = 'official';
