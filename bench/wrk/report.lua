-- Shared by every scenario script: thread numbering, the slug sample, and one machine-readable result line.
local report = {}

local threads = {}

-- Runs in wrk's main Lua state once per thread, before any request: each thread gets its own number.
function report.number_threads(thread)
   thread:set("thread_number", #threads + 1)
   table.insert(threads, thread)
end

-- Reads one slug a line; bench/run writes the file from a random sample of the seeded funds.
function report.read_lines(path)
   local lines = {}
   local file = assert(io.open(path, "r"), "cannot read " .. path)
   for line in file:lines() do
      if #line > 0 then
         lines[#lines + 1] = line
      end
   end
   file:close()
   assert(#lines > 0, path .. " is empty")
   return lines
end

-- One line that bench/run parses: counts, rate and latency percentiles in milliseconds. wrk counts an answer of 400
-- or above as a status error, and connect, read, write and timeout failures as socket errors.
function report.done(summary, latency, requests)
   local errors = summary.errors
   local seconds = summary.duration / 1e6
   io.write(string.format(
      "BENCH requests=%d seconds=%.3f rps=%.1f p50_ms=%.3f p90_ms=%.3f p99_ms=%.3f max_ms=%.3f"
         .. " status_errors=%d socket_errors=%d\n",
      summary.requests, seconds, summary.requests / seconds,
      latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
      latency.max / 1000, errors.status, errors.connect + errors.read + errors.write + errors.timeout))
end

return report
