-- 绩效自评 results: one row per indicator of a department's budget disclosure for a year, identified by the
-- indicator's name and its work activity (工作活动; names repeat across activities, e.g. 运行保障事务完成率),
-- and a history of every change. Runs unchanged on H2 2.x and PostgreSQL 15.

alter table indicator_result add column activity varchar(300) default '' not null;
alter table indicator_result add column graded_disclosure_id bigint;
alter table indicator_result add column source varchar(20) default 'ENTERED' not null;
alter table indicator_result drop constraint uk_indicator_result;
alter table indicator_result add constraint uk_indicator_result_activity
    unique (department_id, fiscal_year, indicator_name, activity);

create sequence indicator_result_change_seq start with 1 increment by 50;

create table indicator_result_change (
    id bigint primary key,
    result_id bigint not null references indicator_result (id),
    old_value numeric(18,4),
    new_value numeric(18,4),
    old_grade varchar(20),
    new_grade varchar(20),
    source varchar(20) not null,
    changed_by varchar(100) not null,
    changed_at timestamp with time zone not null
);
create index ix_indicator_result_change on indicator_result_change (result_id, changed_at);
