-- Findings over a whole province join every current disclosure: this index lets that join read the index only
-- (PostgreSQL index-only scan) instead of the wide disclosure rows.
create index ix_disclosure_current_cover on disclosure (is_current, id, department_id, region_id, fiscal_year);
