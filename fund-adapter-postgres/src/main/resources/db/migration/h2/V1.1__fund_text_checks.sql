-- H2 counts characters as UTF-16 units: a name of 160 code points may take up to 320 of them, and a description of
-- 2000 up to 4000, which the column's length already bounds.
alter table fund add constraint fund_name_length check (char_length(name) between 1 and 320);
alter table fund add constraint fund_slug_shape check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$');
alter table fund add constraint fund_tenant_id_shape check (tenant_id ~ '^[a-z0-9_-]+$');
