-- The store's find by slug, for a random seeded fund. Variables (pgbench -D): tenant, rows.
\set n random(1, :rows)
select id, tenant_id, name, slug, description, status, target_raise, capacity_limit, current_nav, total_shares,
       show_on_dashboard, nav_date, created_at, updated_at
from fund
where tenant_id = :tenant and slug = bench.fund_slug(:n);
