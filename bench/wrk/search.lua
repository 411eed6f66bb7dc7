-- GET /v1.0/funds?limit=50&search=<term>, the term drawn at random from the arguments (3-letter words).
package.path = debug.getinfo(1, "S").source:match("^@(.*/)") .. "?.lua;" .. package.path
local report = require("report")

local terms

setup = report.number_threads
done = report.done

function init(args)
   math.randomseed(os.time() * 1000 + (thread_number or 0))
   terms = {}
   for _, term in ipairs(args) do
      terms[#terms + 1] = term
   end
   assert(#terms > 0, "search.lua needs at least one term")
end

function request()
   return wrk.format("GET", "/v1.0/funds?limit=50&search=" .. terms[math.random(#terms)])
end
