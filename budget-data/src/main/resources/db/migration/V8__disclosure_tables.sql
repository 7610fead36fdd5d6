-- Issue 12: the standard tables of each disclosure (收支总表, 支出表, “三公”表 …), one row per table in file and document
-- order. Kind, title, unit, source file and place are columns (listed without parsing); the table's columns (measures),
-- rows (code, name, level) with their cells (raw text, exact value, evidence) and the table findings linked to their
-- table, row or column are one JSON document in content: a table is stored, read and shown whole, never queried by
-- cell (decision 0009). Runs unchanged on H2 2.x and PostgreSQL 15.
create sequence disclosure_table_seq start with 1 increment by 50;

create table disclosure_table (
    id bigint primary key,
    disclosure_id bigint not null references disclosure (id),
    position integer not null,
    kind varchar(50) not null,
    title varchar(500),
    unit varchar(20),
    source_file varchar(500),
    place varchar(200),
    figure_count integer not null,
    content text not null,
    constraint uk_disclosure_table unique (disclosure_id, position)
);
