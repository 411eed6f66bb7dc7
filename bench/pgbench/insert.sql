-- The store's insert of a new fund, with a fresh slug each time. Variables (pgbench -D): tenant. The rows it adds are
-- newer than every seeded fund, which is how bench/run finds and deletes them afterwards.
\set r random(1, 1000000000000000)
insert into fund (id, tenant_id, name, name_lower, slug, description, status, target_raise, capacity_limit,
                  current_nav, total_shares, show_on_dashboard, nav_date, created_at, updated_at)
values (gen_random_uuid(), :tenant, 'Pgbench Growth Fund', 'pgbench growth fund', 'pgbench-' || :r,
        'Created by the benchmark.', 'open', 1000000.00, 1500000.00, 101.2345, 100000, true, current_date,
        now(), now())
on conflict (tenant_id, slug) do nothing;
