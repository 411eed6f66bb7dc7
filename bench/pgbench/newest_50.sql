-- The store's newest page. Variables (pgbench -D): tenant, page.
select id, tenant_id, name, slug, description, status, target_raise, capacity_limit, current_nav, total_shares,
       show_on_dashboard, nav_date, created_at, updated_at
from fund
where tenant_id = :tenant
order by tenant_id, created_at desc, id desc
fetch next :page rows only;
