-- Disclosures and everything read from them. Runs unchanged on H2 2.x and PostgreSQL 15.
-- Money is NUMERIC(18,2) yuan (exact, fen precision). Ids come from sequences (allocation 50) so inserts batch.

create sequence region_seq start with 1 increment by 50;
create sequence department_seq start with 1 increment by 50;
create sequence disclosure_seq start with 1 increment by 50;
create sequence child_seq start with 1 increment by 50;
create sequence finding_seq start with 1 increment by 50;
create sequence indicator_result_seq start with 1 increment by 50;

create table region (
    id bigint primary key,
    region_key varchar(400) not null,
    province varchar(100),
    city varchar(100),
    district varchar(100),
    name varchar(100) not null,
    demo boolean not null,
    version bigint not null,
    constraint uk_region_key unique (region_key)
);

create table department (
    id bigint primary key,
    region_id bigint not null references region (id),
    code varchar(50),
    name varchar(200) not null,
    normalized_name varchar(200) not null,
    nature varchar(30),
    unit_rank varchar(50),
    funding_form varchar(30),
    version bigint not null,
    constraint uk_department_name unique (region_id, normalized_name)
);
create index ix_department_code on department (region_id, code);

create table disclosure (
    id bigint primary key,
    department_id bigint not null references department (id),
    region_id bigint not null references region (id),
    fiscal_year integer not null,
    kind varchar(20) not null,
    revision integer not null,
    is_current boolean not null,
    money_unit varchar(20),
    file_name varchar(500),
    sha256 char(64) not null,
    imported_by varchar(100) not null,
    imported_at timestamp with time zone not null,
    finding_count integer not null,
    error_count integer not null,
    -- the department as this text publishes it
    dep_name varchar(200) not null,
    dep_code varchar(50),
    dep_province varchar(100),
    dep_city varchar(100),
    dep_district varchar(100),
    dep_nature varchar(30),
    dep_rank varchar(50),
    dep_funding_form varchar(30),
    dep_duties text,
    -- 收入
    rev_total numeric(18,2),
    rev_general_public numeric(18,2),
    rev_government_fund numeric(18,2),
    rev_special_account numeric(18,2),
    rev_other numeric(18,2),
    -- 支出
    exp_total numeric(18,2),
    exp_basic numeric(18,2),
    exp_personnel numeric(18,2),
    exp_public_use numeric(18,2),
    exp_project numeric(18,2),
    exp_project_description text,
    -- 比上年增减
    pyc_prior_year integer,
    pyc_total numeric(18,2),
    pyc_total_note text,
    pyc_total_stated boolean not null,
    pyc_basic numeric(18,2),
    pyc_basic_note text,
    pyc_basic_stated boolean not null,
    pyc_project numeric(18,2),
    pyc_project_note text,
    pyc_project_stated boolean not null,
    -- 机关运行经费
    opc_total numeric(18,2),
    -- “三公”经费
    tp_total numeric(18,2),
    tp_outbound numeric(18,2),
    tp_vehicles numeric(18,2),
    tp_vehicle_purchase numeric(18,2),
    tp_vehicle_operation numeric(18,2),
    tp_reception numeric(18,2),
    tpc_total numeric(18,2),
    tpc_total_note text,
    tpc_total_stated boolean not null,
    tpc_outbound numeric(18,2),
    tpc_outbound_note text,
    tpc_outbound_stated boolean not null,
    tpc_vehicles numeric(18,2),
    tpc_vehicles_note text,
    tpc_vehicles_stated boolean not null,
    tpc_vehicle_purchase numeric(18,2),
    tpc_vehicle_purchase_note text,
    tpc_vehicle_purchase_stated boolean not null,
    tpc_vehicle_operation numeric(18,2),
    tpc_vehicle_operation_note text,
    tpc_vehicle_operation_stated boolean not null,
    tpc_reception numeric(18,2),
    tpc_reception_note text,
    tpc_reception_stated boolean not null,
    tp_meeting_remark text,
    tp_training_remark text,
    -- 绩效, 采购, 资产 headers
    perf_table_header varchar(200),
    procurement_note text,
    assets_as_of date,
    assets_total_count integer,
    assets_total_value numeric(18,2),
    version bigint not null,
    constraint uk_disclosure_revision unique (department_id, fiscal_year, kind, revision),
    constraint uk_disclosure_sha unique (sha256)
);
create index ix_disclosure_region_year on disclosure (region_id, kind, is_current, fiscal_year);
create index ix_disclosure_department on disclosure (department_id, kind, fiscal_year);
create index ix_disclosure_region_current on disclosure (region_id, is_current, fiscal_year);

create table disclosure_text (
    disclosure_id bigint primary key references disclosure (id),
    content text not null
);

create table organisation_unit (
    id bigint primary key,
    disclosure_id bigint not null references disclosure (id),
    position integer not null,
    name varchar(300),
    nature varchar(50),
    unit_rank varchar(50),
    funding_form varchar(50)
);
create index ix_organisation_unit on organisation_unit (disclosure_id);

create table operating_cost_item (
    id bigint primary key,
    disclosure_id bigint not null references disclosure (id),
    position integer not null,
    name varchar(300),
    amount numeric(18,2)
);
create index ix_operating_cost_item on operating_cost_item (disclosure_id);

create table performance_goal (
    id bigint primary key,
    disclosure_id bigint not null references disclosure (id),
    position integer not null,
    text text not null
);
create index ix_performance_goal on performance_goal (disclosure_id);

create table duty_activity (
    id bigint primary key,
    disclosure_id bigint not null references disclosure (id),
    position integer not null,
    name text,
    budget numeric(18,2),
    content text,
    goal text
);
create index ix_duty_activity on duty_activity (disclosure_id);

create table work_activity (
    id bigint primary key,
    duty_activity_id bigint not null references duty_activity (id),
    position integer not null,
    name text,
    budget numeric(18,2),
    content text,
    goal text
);
create index ix_work_activity on work_activity (duty_activity_id);

create table indicator (
    id bigint primary key,
    work_activity_id bigint not null references work_activity (id),
    disclosure_id bigint not null references disclosure (id),
    position integer not null,
    name varchar(300),
    excellent varchar(200),
    good varchar(200),
    fair varchar(200),
    poor varchar(200)
);
create index ix_indicator_work on indicator (work_activity_id);
create index ix_indicator_disclosure on indicator (disclosure_id);

create table procurement_item (
    id bigint primary key,
    disclosure_id bigint not null references disclosure (id),
    position integer not null,
    project text,
    item_name text,
    catalogue_number varchar(100),
    quantity_unit varchar(100),
    quantity numeric(18,4),
    unit_price numeric(18,2),
    amount numeric(18,2)
);
create index ix_procurement_item on procurement_item (disclosure_id);

create table fixed_asset_category (
    id bigint primary key,
    disclosure_id bigint not null references disclosure (id),
    position integer not null,
    name varchar(300),
    item_count integer,
    area numeric(18,2),
    asset_value numeric(18,2)
);
create index ix_fixed_asset_category on fixed_asset_category (disclosure_id);

create table finding (
    id bigint primary key,
    disclosure_id bigint not null references disclosure (id),
    position integer not null,
    rule_id varchar(100) not null,
    severity varchar(20) not null,
    section varchar(40) not null,
    message text not null,
    line_number integer
);
create index ix_finding_disclosure on finding (disclosure_id);
create index ix_finding_rule on finding (rule_id, severity);

-- 绩效自评: actual values entered or imported by staff (editable, optimistic locking by version).
create table indicator_result (
    id bigint primary key,
    department_id bigint not null references department (id),
    fiscal_year integer not null,
    indicator_name varchar(300) not null,
    actual_value numeric(18,4),
    unit varchar(20),
    grade varchar(20),
    entered_by varchar(100) not null,
    entered_at timestamp with time zone not null,
    version bigint not null,
    constraint uk_indicator_result unique (department_id, fiscal_year, indicator_name)
);
