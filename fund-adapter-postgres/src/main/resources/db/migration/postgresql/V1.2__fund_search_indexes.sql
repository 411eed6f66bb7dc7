-- Substring search ("lower(name) like '%text%'") cannot use a b-tree; trigram indexes answer it at a million rows.
create extension if not exists pg_trgm;

create index fund_name_lower_trigrams on fund using gin (name_lower gin_trgm_ops);
create index fund_slug_trigrams on fund using gin (slug gin_trgm_ops);
