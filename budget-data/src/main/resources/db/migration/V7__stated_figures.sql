-- Issue 11: every figure read by concept with where it was read (Disclosure.figures()), one row per figure in text
-- order. The value is exact: the decimal as read (yuan for money, the count or the percentage otherwise) with its
-- scale, so 11400.00 reads back as 11400.00. Runs unchanged on H2 2.x and PostgreSQL 15.
create sequence stated_figure_seq start with 1 increment by 50;

create table stated_figure (
    id bigint primary key,
    disclosure_id bigint not null references disclosure (id),
    position integer not null,
    concept varchar(100) not null,
    is_change boolean not null,
    figure_value numeric(30,8) not null,
    value_scale integer not null,
    unit varchar(20),
    explanation text,
    evidence_file varchar(500),
    evidence_line integer,
    evidence_words text,
    constraint uk_stated_figure unique (disclosure_id, position)
);
