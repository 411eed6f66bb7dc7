-- GET /v1.0/funds?limit=50: the newest page.
package.path = debug.getinfo(1, "S").source:match("^@(.*/)") .. "?.lua;" .. package.path
local report = require("report")

setup = report.number_threads
done = report.done

local path = "/v1.0/funds?limit=50"

function request()
   return wrk.format("GET", path)
end
