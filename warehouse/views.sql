-- Views for researchers. Recreated on every writable open, so editing this file needs no
-- migration. Every row carries its provenance: the article's URL (or local path in `doc`),
-- title, outlet and date, and the sentence with the span's character offsets.

-- The grouping key of an indicator: case, punctuation and spacing ignored, diacritics kept
-- (they tell Vietnamese words apart).
CREATE OR REPLACE MACRO indicator_key(indicator) AS
    trim(regexp_replace(lower(indicator), '[[:punct:][:space:]]+', ' ', 'g'));

-- Every fact with its article and both province maps; the per-type views below pick columns.
CREATE OR REPLACE VIEW facts_in_context AS
SELECT f.* REPLACE (coalesce(f.province_2025, p.province_2025) AS province_2025),
       p.code AS province_code, p.region,
       p25.code AS province_2025_code,
       a.url, a.title AS article_title, a.published_at, a.source
FROM facts f
JOIN articles a USING (article_id)
LEFT JOIN provinces p ON p.name = f.province
LEFT JOIN provinces_2025 p25 ON p25.name = coalesce(f.province_2025, p.province_2025);

CREATE OR REPLACE VIEW targets AS
SELECT fact_id, article_id, doc, province, province_code, region,
       province_2025, province_2025_code,
       indicator, TRY_CAST(value AS DOUBLE) AS value, unit, comparator, deadline, category,
       text, start, "end", sentence, url, article_title, published_at, source
FROM facts_in_context WHERE type = 'target';

CREATE OR REPLACE VIEW metrics AS
SELECT fact_id, article_id, doc, province, province_code, region,
       province_2025, province_2025_code,
       indicator, TRY_CAST(value AS DOUBLE) AS value, unit, comparator, denominator, as_of,
       text, start, "end", sentence, url, article_title, published_at, source
FROM facts_in_context WHERE type = 'metric';

CREATE OR REPLACE VIEW rankings AS
SELECT fact_id, article_id, doc, province, province_code, region,
       province_2025, province_2025_code,
       "index", component, year, rank, total, score,
       text, start, "end", sentence, url, article_title, published_at, source
FROM facts_in_context WHERE type = 'ranking';

CREATE OR REPLACE VIEW dates AS
SELECT fact_id, article_id, doc, province, province_code, region,
       province_2025, province_2025_code,
       value, granularity, role,
       text, start, "end", sentence, url, article_title, published_at, source
FROM facts_in_context WHERE type = 'date';

CREATE OR REPLACE VIEW legal_refs AS
SELECT fact_id, article_id, doc, province, province_code, region,
       province_2025, province_2025_code,
       doc_type, number, issued, issuer,
       text, start, "end", sentence, url, article_title, published_at, source
FROM facts_in_context WHERE type = 'legal_ref';

CREATE OR REPLACE VIEW officials AS
SELECT fact_id, article_id, doc, province, province_code, region,
       province_2025, province_2025_code,
       name, title, organization,
       text, start, "end", sentence, url, article_title, published_at, source
FROM facts_in_context WHERE type = 'official';

-- The comparison views count a fact once however many outlets syndicated it: facts are
-- grouped, `n_sources` counts the articles behind a group, `sources` lists their URLs
-- (or paths) and `outlets` their names. Provenance columns come from the newest article
-- (undated ones last), its first occurrence.

-- Distinct targets: same province, indicator (by indicator_key), value, unit, comparator,
-- deadline and category count once.
CREATE OR REPLACE VIEW target_groups AS
SELECT province, province_code, region, province_2025, province_2025_code,
       first(indicator ORDER BY published_at DESC NULLS LAST, article_id, start) AS indicator,
       value, unit, comparator, deadline, category,
       count(DISTINCT article_id) AS n_sources,
       list_sort(list(DISTINCT coalesce(url, doc))) AS sources,
       list_sort(list(DISTINCT source) FILTER (WHERE source IS NOT NULL)) AS outlets,
       first(fact_id ORDER BY published_at DESC NULLS LAST, article_id, start) AS fact_id,
       first(coalesce(url, doc) ORDER BY published_at DESC NULLS LAST, article_id, start) AS url,
       first(article_title ORDER BY published_at DESC NULLS LAST, article_id, start) AS article_title,
       max(published_at) AS published_at,
       first(text ORDER BY published_at DESC NULLS LAST, article_id, start) AS text,
       first(sentence ORDER BY published_at DESC NULLS LAST, article_id, start) AS sentence,
       first(start ORDER BY published_at DESC NULLS LAST, article_id, start) AS start,
       first("end" ORDER BY published_at DESC NULLS LAST, article_id, start) AS "end"
FROM targets
GROUP BY province, province_code, region, province_2025, province_2025_code,
         indicator_key(indicator), value, unit, comparator, deadline, category;

-- One row per province, indicator and deadline: the newest source's value, and every
-- value any source gave (`all_values`) so disagreements stay visible.
CREATE OR REPLACE VIEW province_targets AS
SELECT province, province_code, region, province_2025, province_2025_code,
       first(indicator ORDER BY published_at DESC NULLS LAST, article_id, start) AS indicator,
       deadline,
       first(value ORDER BY published_at DESC NULLS LAST, article_id, start) AS value,
       first(unit ORDER BY published_at DESC NULLS LAST, article_id, start) AS unit,
       first(comparator ORDER BY published_at DESC NULLS LAST, article_id, start) AS comparator,
       first(category ORDER BY published_at DESC NULLS LAST, article_id, start) AS category,
       list_sort(list(DISTINCT value) FILTER (WHERE value IS NOT NULL)) AS all_values,
       count(DISTINCT article_id) AS n_sources,
       list_sort(list(DISTINCT coalesce(url, doc))) AS sources,
       list_sort(list(DISTINCT source) FILTER (WHERE source IS NOT NULL)) AS outlets,
       first(coalesce(url, doc) ORDER BY published_at DESC NULLS LAST, article_id, start) AS url,
       first(article_title ORDER BY published_at DESC NULLS LAST, article_id, start) AS article_title,
       max(published_at) AS published_at,
       first(text ORDER BY published_at DESC NULLS LAST, article_id, start) AS text,
       first(sentence ORDER BY published_at DESC NULLS LAST, article_id, start) AS sentence,
       first(start ORDER BY published_at DESC NULLS LAST, article_id, start) AS start,
       first("end" ORDER BY published_at DESC NULLS LAST, article_id, start) AS "end"
FROM targets
GROUP BY province, province_code, region, province_2025, province_2025_code,
         indicator_key(indicator), deadline;

-- Distinct rankings: the same index, component, province, year, rank, total and score
-- stated twice (a lead repeated in the body, a syndicated story) count once.
CREATE OR REPLACE VIEW ranking_groups AS
SELECT "index", component, province, province_code, region, province_2025, province_2025_code,
       year, rank, total, score,
       count(DISTINCT article_id) AS n_sources,
       list_sort(list(DISTINCT coalesce(url, doc))) AS sources,
       list_sort(list(DISTINCT source) FILTER (WHERE source IS NOT NULL)) AS outlets,
       first(fact_id ORDER BY published_at DESC NULLS LAST, article_id, start) AS fact_id,
       first(coalesce(url, doc) ORDER BY published_at DESC NULLS LAST, article_id, start) AS url,
       first(article_title ORDER BY published_at DESC NULLS LAST, article_id, start) AS article_title,
       max(published_at) AS published_at,
       first(text ORDER BY published_at DESC NULLS LAST, article_id, start) AS text,
       first(sentence ORDER BY published_at DESC NULLS LAST, article_id, start) AS sentence,
       first(start ORDER BY published_at DESC NULLS LAST, article_id, start) AS start,
       first("end" ORDER BY published_at DESC NULLS LAST, article_id, start) AS "end"
FROM rankings
GROUP BY ALL;

-- One row per index, component, province and year: the newest source's rank and score.
CREATE OR REPLACE VIEW ranking_timeline AS
SELECT "index", component, province, province_2025, year,
       first(rank ORDER BY published_at DESC NULLS LAST, article_id, start) AS rank,
       first(total ORDER BY published_at DESC NULLS LAST, article_id, start) AS total,
       first(score ORDER BY published_at DESC NULLS LAST, article_id, start) AS score,
       count(DISTINCT article_id) AS n_sources,
       list_sort(list(DISTINCT coalesce(url, doc))) AS sources
FROM rankings
GROUP BY "index", component, province, province_2025, year;
