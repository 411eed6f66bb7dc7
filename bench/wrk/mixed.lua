-- 80% detail by random seeded slug, 15% newest page of 50, 5% create with a unique slug. Arguments: the slug sample
-- file and the run id.
package.path = debug.getinfo(1, "S").source:match("^@(.*/)") .. "?.lua;" .. package.path
local report = require("report")
local funds = require("funds")

local slugs
local run_id
local counter = 0

setup = report.number_threads
done = report.done

function init(args)
   math.randomseed(os.time() * 1000 + (thread_number or 0))
   slugs = report.read_lines(args[1])
   -- The start second keeps the warm-up's slugs and each round's apart.
   run_id = assert(args[2], "mixed.lua needs a run id") .. "-" .. os.time()
end

function request()
   local pick = math.random(100)
   if pick <= 80 then
      return wrk.format("GET", "/v1.0/funds/" .. slugs[math.random(#slugs)])
   elseif pick <= 95 then
      return wrk.format("GET", "/v1.0/funds?limit=50")
   end
   counter = counter + 1
   return funds.create_request(run_id, thread_number, counter)
end
