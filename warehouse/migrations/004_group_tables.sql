-- The grouping views (target_groups, province_targets, ranking_groups, ranking_timeline)
-- become tables kept up to date by warehouse.groups; their rows are derived, so the tables
-- are created (and rebuilt) there, from views.sql's macros, not here.
DROP VIEW IF EXISTS target_groups;
DROP VIEW IF EXISTS province_targets;
DROP VIEW IF EXISTS ranking_groups;
DROP VIEW IF EXISTS ranking_timeline;
