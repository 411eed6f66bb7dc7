-- Step 1 of the seed (bench/run runs the steps in order, some of them twice in parallel). The schema comes from the
-- service's own migrations; these files only add rows, and a "bench" schema the benchmark reads: the slug formula
-- and a note of what was seeded. Variables: rows, checksum.
--
-- Loading a bare table and building each index once afterwards is several times faster than keeping five indexes
-- (two of them trigram GIN) up to date row by row. The definitions are read back from the catalogue before they are
-- dropped, so the rebuilt table is exactly what the migrations made.
\set ON_ERROR_STOP on
set client_min_messages = warning;

drop schema if exists bench cascade;
create schema bench;

-- Fund n (1..rows) has this slug, so pgbench can address a random seeded fund by its number alone.
create function bench.fund_slug(n bigint) returns text
    language sql immutable parallel safe
as $$
    select (array['northern', 'atlantic', 'granite', 'summit', 'harbour', 'evergreen', 'meridian', 'pioneer',
                  'sterling', 'horizon', 'cedar', 'aurora', 'beacon', 'coastal', 'crescent', 'frontier', 'highland',
                  'keystone', 'lakeshore', 'liberty', 'monarch', 'oakwood', 'pacific', 'redwood', 'riverstone',
                  'sapphire', 'silverline', 'southern', 'sunrise', 'tidewater', 'zurich', 'vanguard', 'westbridge',
                  'willow', 'alpine', 'bluewater', 'copper', 'falcon', 'sao-paulo', 'juniper'])[1 + n % 40]
        || '-'
        || (array['growth', 'income', 'value', 'infrastructure', 'credit', 'real-estate', 'venture', 'buyout',
                  'opportunity', 'impact', 'energy-transition', 'healthcare', 'technology', 'secondaries',
                  'mezzanine', 'dividend', 'balanced', 'emerging-markets', 'small-cap', 'global-equity',
                  'sustainable', 'private-debt', 'co-investment', 'agriculture'])[1 + (n / 40) % 24]
        || '-' || n
$$;

-- One row; "complete" turns true only once every step has run, so an interrupted seed is never reused.
create table bench.seed (
    rows      bigint      not null,
    newest    timestamptz not null,
    checksum  text        not null,
    complete  boolean     not null default false,
    seeded_at timestamptz not null default now()
);
insert into bench.seed (rows, newest, checksum)
values (:rows, date_trunc('second', now()) - interval '1 day', :'checksum');

-- GIN indexes first, so that the two build sessions each start with one of the two slow ones.
create table bench.rebuilt_index as
select row_number() over (order by gin desc, name) as ordinal, name, definition, dropping
from (
    select c.conname::text as name,
           false as gin,
           'alter table fund add constraint ' || quote_ident(c.conname) || ' ' || pg_get_constraintdef(c.oid)
               as definition,
           'alter table fund drop constraint ' || quote_ident(c.conname) as dropping
    from pg_constraint c
    where c.conrelid = 'fund'::regclass and c.contype in ('p', 'u')
    union all
    select x.indexrelid::regclass::text,
           am.amname = 'gin',
           pg_get_indexdef(x.indexrelid),
           'drop index ' || x.indexrelid::regclass::text
    from pg_index x
    join pg_class i on i.oid = x.indexrelid
    join pg_am am on am.oid = i.relam
    where x.indrelid = 'fund'::regclass
      and not exists (select 1 from pg_constraint c where c.conindid = x.indexrelid)
) as found;

truncate fund;

do $$
declare
    statement text;
begin
    for statement in select dropping from bench.rebuilt_index order by ordinal loop
        execute statement;
    end loop;
end
$$;
