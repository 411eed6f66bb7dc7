-- The fund table, as both PostgreSQL and H2 (in PostgreSQL mode) understand it. Lengths that count characters are
-- checked in the vendor folders: H2 counts UTF-16 units where PostgreSQL counts code points.
create table fund (
    id                uuid           not null,
    tenant_id         varchar(64)    not null,
    name              varchar(640)   not null,
    -- The name lowercased by the application exactly as the domain's search does, so that search means the same
    -- on every database whatever its locale.
    name_lower        varchar(640)   not null,
    slug              varchar(180)   not null,
    description       varchar(4000)  not null,
    status            varchar(16)    not null,
    target_raise      numeric(20, 2) not null,
    capacity_limit    numeric(20, 2) not null,
    current_nav       numeric(20, 4) not null,
    total_shares      bigint         not null,
    show_on_dashboard boolean        not null,
    nav_date          date           not null,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    version           integer        not null default 1,
    constraint fund_pkey primary key (id),
    constraint fund_tenant_slug_key unique (tenant_id, slug),
    constraint fund_tenant_id_not_empty check (char_length(tenant_id) >= 1),
    constraint fund_slug_length check (char_length(slug) between 1 and 180),
    constraint fund_status_known check (status in ('draft', 'open', 'closed', 'archived')),
    constraint fund_target_raise_not_negative check (target_raise >= 0),
    constraint fund_capacity_limit_not_negative check (capacity_limit >= 0),
    constraint fund_capacity_limit_covers_target_raise check (capacity_limit >= target_raise),
    constraint fund_current_nav_not_negative check (current_nav >= 0),
    constraint fund_total_shares_positive check (total_shares > 0),
    constraint fund_updated_not_before_created check (updated_at >= created_at),
    constraint fund_version_positive check (version >= 1)
);

-- Newest first within a tenant: the list page and the export walk this index in order and stop early.
create index fund_tenant_newest_first on fund (tenant_id, created_at desc, id desc);
