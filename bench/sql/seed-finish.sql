-- Step 4 of the seed: fresh planner statistics, and the note that lets later runs reuse the rows.
\set ON_ERROR_STOP on
set client_min_messages = warning;

drop table bench.rebuilt_index;
vacuum analyze fund;
update bench.seed set complete = (select count(*) from fund) = rows;
