-- PostgreSQL counts characters as Unicode code points, exactly as the domain does.
alter table fund
    add constraint fund_name_length check (char_length(name) between 1 and 160),
    add constraint fund_description_length check (char_length(description) <= 2000),
    add constraint fund_slug_shape check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    add constraint fund_tenant_id_shape check (tenant_id ~ '^[a-z0-9_-]+$');
