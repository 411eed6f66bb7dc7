-- The store's newest page filtered by a search text, for a random term of the search scenario. Variables
-- (pgbench -D): tenant, page, patterns (a text array of LIKE patterns), terms (how many).
\set k random(1, :terms)
select id, tenant_id, name, slug, description, status, target_raise, capacity_limit, current_nav, total_shares,
       show_on_dashboard, nav_date, created_at, updated_at
from fund
where tenant_id = :tenant
  and (name_lower like (:patterns::text[])[:k] escape '\' or slug like (:patterns::text[])[:k] escape '\')
order by tenant_id, created_at desc, id desc
fetch next :page rows only;
