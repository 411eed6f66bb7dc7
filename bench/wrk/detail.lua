-- GET /v1.0/funds/{slug} for a random slug of the seeded set. Argument: the slug sample file.
package.path = debug.getinfo(1, "S").source:match("^@(.*/)") .. "?.lua;" .. package.path
local report = require("report")

local slugs

setup = report.number_threads
done = report.done

function init(args)
   math.randomseed(os.time() * 1000 + (thread_number or 0))
   slugs = report.read_lines(args[1])
end

function request()
   return wrk.format("GET", "/v1.0/funds/" .. slugs[math.random(#slugs)])
end
