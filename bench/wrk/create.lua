-- POST /v1.0/funds with a valid fund whose slug is unique: bench-<run id>-<start second>-<thread>-<counter>.
-- Argument: the run id, which bench/run makes fresh for every run, so no two requests ever ask for the same slug.
package.path = debug.getinfo(1, "S").source:match("^@(.*/)") .. "?.lua;" .. package.path
local report = require("report")
local funds = require("funds")

setup = report.number_threads
done = report.done

local run_id
local counter = 0

function init(args)
   -- The start second keeps the warm-up's slugs and each round's apart.
   run_id = assert(args[1], "create.lua needs a run id") .. "-" .. os.time()
   math.randomseed(os.time() * 1000 + (thread_number or 0))
end

function request()
   counter = counter + 1
   return funds.create_request(run_id, thread_number, counter)
end
