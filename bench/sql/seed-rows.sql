-- Step 2 of the seed: funds :first..:last. Names come from word lists, every status occurs (open 40%, closed 25%,
-- draft 20%, archived 15%), amounts vary over four orders of magnitude with capacity >= target raise, NAVs have four
-- decimals, descriptions hold commas and quotes, and created_at spreads over six years with n ascending from oldest
-- to newest. Variables: first, last, session (seeds random() so a reseed makes the same data).
\set ON_ERROR_STOP on
set synchronous_commit = off;
set work_mem = '64MB';

select setseed(0.42 / (1 + :session)) \g /dev/null

insert into fund (id, tenant_id, name, name_lower, slug, description, status, target_raise, capacity_limit,
                  current_nav, total_shares, show_on_dashboard, nav_date, created_at, updated_at)
select
    -- Time-ordered like the service's own version 7 UUIDs: 48 bits of creation milliseconds first.
    (lpad(to_hex((extract(epoch from created_at) * 1000)::bigint), 12, '0') || '7' || substr(digest, 1, 3) || '8'
        || substr(digest, 4, 15))::uuid,
    'default',
    name,
    lower(name),
    bench.fund_slug(n),
    description,
    status,
    target_raise,
    target_raise + case when spread < 0.1 then 0 else round(target_raise * spread::numeric, 2) end,
    current_nav,
    total_shares,
    shown,
    (created_at + (newest - created_at) * touched)::date,
    created_at,
    created_at + (newest - created_at) * touched
from (
    select
        n,
        md5(n::text) as digest,
        place || ' ' || strategy || ' ' || suffix
            || case hash % 3 when 0 then ' ' || roman when 1 then ' ' || (2008 + hash % 17) else '' end as name,
        case hash % 6
            when 0 then ''
            when 1 then 'Invests in ' || lower(strategy) || ' opportunities across ' || region || '.'
            when 2 then 'A "core-plus" ' || lower(strategy) || ' strategy, hedged to EUR; minimum commitment '
                || (1 + hash % 20) * 250000 || '.'
            when 3 then 'Closed-end vehicle, ' || (5 + hash % 8) || '-year term, quarterly NAV.'
            when 4 then 'Open to professional investors in ' || region || ' only.'
            else place || ' ' || strategy || ' focuses on ' || region || ', with a target of '
                || (8 + hash % 10) || '% net IRR and a ' || (3 + hash % 5) || '-year investment period.'
        end as description,
        case when pick < 0.40 then 'open' when pick < 0.65 then 'closed' when pick < 0.85 then 'draft'
             else 'archived' end as status,
        case when hash % 4 = 0 then round((10 ^ (5 + random() * 4))::numeric, -6) + 1000000
             else round((10 ^ (5 + random() * 4))::numeric, 2) end as target_raise,
        random() * 0.5 as spread,
        round((10 + random() * 190)::numeric, 4) as current_nav,
        (1000 + random() * 9999000)::bigint as total_shares,
        random() < 0.7 as shown,
        newest - (rows - n) * (interval '6 years' / rows) - random() * interval '10 minutes' as created_at,
        newest,
        random() as touched
    from (
        select
            n,
            seed.rows,
            seed.newest,
            hashint8(n) & 2147483647 as hash,
            random() as pick,
            (array['Northern', 'Atlantic', 'Granite', 'Summit', 'Harbour', 'Evergreen', 'Meridian', 'Pioneer',
                   'Sterling', 'Horizon', 'Cedar', 'Aurora', 'Beacon', 'Coastal', 'Crescent', 'Frontier', 'Highland',
                   'Keystone', 'Lakeshore', 'Liberty', 'Monarch', 'Oakwood', 'Pacific', 'Redwood', 'Riverstone',
                   'Sapphire', 'Silverline', 'Southern', 'Sunrise', 'Tidewater', 'Zürich', 'Vanguard', 'Westbridge',
                   'Willow', 'Alpine', 'Bluewater', 'Copper', 'Falcon', 'São Paulo', 'Juniper'])[1 + n % 40]
                as place,
            (array['Growth', 'Income', 'Value', 'Infrastructure', 'Credit', 'Real Estate', 'Venture', 'Buyout',
                   'Opportunity', 'Impact', 'Energy Transition', 'Healthcare', 'Technology', 'Secondaries',
                   'Mezzanine', 'Dividend', 'Balanced', 'Emerging Markets', 'Small Cap', 'Global Equity',
                   'Sustainable', 'Private Debt', 'Co-Investment', 'Agriculture'])[1 + (n / 40) % 24] as strategy,
            (array['Fund', 'Fund LP', 'Partners', 'Capital', 'Opportunities Fund', 'Trust', 'Strategy',
                   'Fund SCSp'])[1 + (hashint8(n) & 2147483647) / 7 % 8] as suffix,
            (array['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'])
                [1 + (hashint8(n) & 2147483647) / 11 % 12] as roman,
            (array['Europe', 'North America', 'Asia-Pacific', 'Latin America', 'the Nordics', 'the UK', 'Africa',
                   'global markets'])[1 + (hashint8(n) & 2147483647) / 13 % 8] as region
        from generate_series(:first::bigint, :last::bigint) as n, bench.seed
    ) as picked
) as fund_row;
