-- Issue 12: a figure read from a standard table keeps its place (《收支预算总表》 第1页 第6行 第1列), line 0.
-- Null for a figure of the running text. Runs unchanged on H2 2.x and PostgreSQL 15.
alter table stated_figure add column evidence_place varchar(500);
