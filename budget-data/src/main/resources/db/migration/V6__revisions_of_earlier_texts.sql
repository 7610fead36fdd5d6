-- Issue 10 item 9: re-importing an earlier version makes it current again as a new revision with the same text, so
-- one text (sha256 of the normalised text) may be stored more than once. Runs unchanged on H2 2.x and PostgreSQL.
alter table disclosure drop constraint uk_disclosure_sha;
create index ix_disclosure_sha on disclosure (sha256, is_current);
