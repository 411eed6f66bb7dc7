-- Step 3 of the seed: rebuilds every :sessions-th index and constraint dropped in step 1, starting at :session.
\set ON_ERROR_STOP on
set maintenance_work_mem = '512MB';

select format('%s', definition)
from bench.rebuilt_index
where ordinal % :sessions = :session
order by ordinal \gexec
