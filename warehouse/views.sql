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
-- (undated ones last), its first occurrence: one arg_min over this key picks that row's
-- columns as a struct, far cheaper than an ordered first() per column.
--
-- Grouping costs too much to run on every query, so the four grouping tables
-- (target_groups, province_targets, ranking_groups, ranking_timeline) are materialised by
-- warehouse.groups from the `*_of(keys)` macros below: rebuilt whole when this file or the
-- reference tables change, and per load batch only for the groups whose key (the *_key
-- macros) the batch touched. `keys` NULL means every group.
CREATE OR REPLACE MACRO newest_first(published_at, article_id, start) AS
    (published_at IS NULL, coalesce(-epoch_us(published_at), 0), article_id, start);

-- Targets with their indicator's grouping key, the regular expression run once per
-- distinct indicator rather than once per fact (it was most of the grouping's cost).
CREATE OR REPLACE VIEW keyed_targets AS
SELECT t.*, k.indicator_group
FROM targets t
LEFT JOIN (SELECT DISTINCT indicator, indicator_key(indicator) AS indicator_group
           FROM facts WHERE type = 'target') k ON k.indicator = t.indicator;

-- Group keys, as the refresh finds the groups a batch touched: a hash of columns every
-- member of the group shares (a collision only recomputes one group more than needed).
CREATE OR REPLACE MACRO target_group_key(province, indicator_group, deadline, value, unit, comparator, category) AS
    hash(province, indicator_group, deadline, value, unit, comparator, category);
CREATE OR REPLACE MACRO province_target_key(province, indicator_group, deadline) AS
    hash(province, indicator_group, deadline);
CREATE OR REPLACE MACRO ranking_group_key("index", component, province, year, rank, total, score) AS
    hash("index", component, province, year, rank, total, score);
CREATE OR REPLACE MACRO ranking_timeline_key("index", component, province, year) AS
    hash("index", component, province, year);

-- Distinct targets: same province, indicator (by indicator_key), value, unit, comparator,
-- deadline and category count once.
CREATE OR REPLACE MACRO target_groups_of(keys) AS TABLE
SELECT province, province_code, region, province_2025, province_2025_code,
       newest.indicator, value, unit, comparator, deadline, category,
       n_sources, sources, outlets, newest.fact_id, newest.url, newest.article_title,
       published_at, newest.text, newest.sentence, newest.start, newest."end"
FROM (
    SELECT province, province_code, region, province_2025, province_2025_code,
           value, unit, comparator, deadline, category,
           len(list_distinct(list(article_id))) AS n_sources,
           list_sort(list_distinct(list(coalesce(url, doc)))) AS sources,
           list_sort(list_distinct(list(source) FILTER (WHERE source IS NOT NULL))) AS outlets,
           max(published_at) AS published_at,
           arg_min({'indicator': indicator, 'fact_id': fact_id, 'url': coalesce(url, doc),
                    'article_title': article_title, 'text': text, 'sentence': sentence,
                    'start': start, 'end': "end"},
                   newest_first(published_at, article_id, start)) AS newest
    FROM keyed_targets
    WHERE keys IS NULL OR target_group_key(province, indicator_group, deadline, value, unit, comparator, category) IN (SELECT unnest(keys))
    GROUP BY province, province_code, region, province_2025, province_2025_code,
             indicator_group, value, unit, comparator, deadline, category);

-- One row per province, indicator and deadline: the newest source's value, and every
-- value any source gave (`all_values`) so disagreements stay visible.
CREATE OR REPLACE MACRO province_targets_of(keys) AS TABLE
SELECT province, province_code, region, province_2025, province_2025_code,
       newest.indicator, deadline, newest.value, newest.unit, newest.comparator,
       newest.category, all_values, n_sources, sources, outlets, newest.url,
       newest.article_title, published_at, newest.text, newest.sentence, newest.start,
       newest."end"
FROM (
    SELECT province, province_code, region, province_2025, province_2025_code, deadline,
           list_sort(list_distinct(list(value) FILTER (WHERE value IS NOT NULL))) AS all_values,
           len(list_distinct(list(article_id))) AS n_sources,
           list_sort(list_distinct(list(coalesce(url, doc)))) AS sources,
           list_sort(list_distinct(list(source) FILTER (WHERE source IS NOT NULL))) AS outlets,
           max(published_at) AS published_at,
           arg_min({'indicator': indicator, 'value': value, 'unit': unit,
                    'comparator': comparator, 'category': category, 'url': coalesce(url, doc),
                    'article_title': article_title, 'text': text, 'sentence': sentence,
                    'start': start, 'end': "end"},
                   newest_first(published_at, article_id, start)) AS newest
    FROM keyed_targets
    WHERE keys IS NULL OR province_target_key(province, indicator_group, deadline) IN (SELECT unnest(keys))
    GROUP BY province, province_code, region, province_2025, province_2025_code,
             indicator_group, deadline);

-- Distinct rankings: the same index, component, province, year, rank, total and score
-- stated twice (a lead repeated in the body, a syndicated story) count once.
CREATE OR REPLACE MACRO ranking_groups_of(keys) AS TABLE
SELECT "index", component, province, province_code, region, province_2025, province_2025_code,
       year, rank, total, score, n_sources, sources, outlets, newest.fact_id, newest.url,
       newest.article_title, published_at, newest.text, newest.sentence, newest.start,
       newest."end"
FROM (
    SELECT "index", component, province, province_code, region, province_2025,
           province_2025_code, year, rank, total, score,
           len(list_distinct(list(article_id))) AS n_sources,
           list_sort(list_distinct(list(coalesce(url, doc)))) AS sources,
           list_sort(list_distinct(list(source) FILTER (WHERE source IS NOT NULL))) AS outlets,
           max(published_at) AS published_at,
           arg_min({'fact_id': fact_id, 'url': coalesce(url, doc),
                    'article_title': article_title, 'text': text, 'sentence': sentence,
                    'start': start, 'end': "end"},
                   newest_first(published_at, article_id, start)) AS newest
    FROM rankings
    WHERE keys IS NULL OR ranking_group_key("index", component, province, year, rank, total, score) IN (SELECT unnest(keys))
    GROUP BY ALL);

-- One row per index, component, province and year: the newest source's rank and score.
CREATE OR REPLACE MACRO ranking_timeline_of(keys) AS TABLE
SELECT "index", component, province, province_2025, year,
       newest.rank, newest.total, newest.score, n_sources, sources
FROM (
    SELECT "index", component, province, province_2025, year,
           len(list_distinct(list(article_id))) AS n_sources,
           list_sort(list_distinct(list(coalesce(url, doc)))) AS sources,
           arg_min({'rank': rank, 'total': total, 'score': score},
                   newest_first(published_at, article_id, start)) AS newest
    FROM rankings
    WHERE keys IS NULL OR ranking_timeline_key("index", component, province, year) IN (SELECT unnest(keys))
    GROUP BY "index", component, province, province_2025, year);
