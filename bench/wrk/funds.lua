-- Builds create requests for the create and mixed scenarios: a valid fund, a unique slug, varied amounts.
local funds = {}

local headers = { ["Content-Type"] = "application/json" }
local statuses = { "draft", "open", "closed", "archived" }
local strategies = { "Growth", "Income", "Credit", "Venture", "Infrastructure", "Real Estate" }

function funds.create_request(run_id, thread_number, counter)
   local slug = string.format("bench-%s-%d-%d", run_id, thread_number, counter)
   local target = math.random(100000, 500000000)
   local body = string.format(
      '{"name":"Bench %s Fund %d-%d","slug":"%s","status":"%s","description":"Created by the benchmark.",'
         .. '"targetRaise":%d.%02d,"capacityLimit":%d.%02d,"currentNav":%d.%04d,"totalShares":%d,'
         .. '"showOnDashboard":%s}',
      strategies[math.random(#strategies)], thread_number, counter, slug, statuses[math.random(#statuses)],
      target, math.random(0, 99), target + math.random(0, 100000000), math.random(0, 99),
      math.random(10, 200), math.random(0, 9999), math.random(1000, 10000000),
      math.random() < 0.7 and "true" or "false")
   return wrk.format("POST", "/v1.0/funds", headers, body)
end

return funds
