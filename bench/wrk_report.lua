-- wrk script for bench/run.py: counts every response by status and prints one JSON line.
--
-- wrk itself only counts "non-2xx or 3xx" responses; the registry has pages that answer 404 on
-- purpose, so the benchmark needs the actual statuses to tell an expected answer from an error.

local threads = {}

function setup(thread)
   table.insert(threads, thread)
end

function init(args)
   statuses = {}
end

function response(status, headers, body)
   local key = tostring(status)
   statuses[key] = (statuses[key] or 0) + 1
end

function done(summary, latency, requests)
   local merged = {}
   for _, thread in ipairs(threads) do
      for status, count in pairs(thread:get("statuses") or {}) do
         merged[status] = (merged[status] or 0) + count
      end
   end
   local parts = {}
   for status, count in pairs(merged) do
      table.insert(parts, string.format('"%s": %d', status, count))
   end
   local errors = summary.errors
   io.write(string.format(
      'BENCH_JSON {"requests": %d, "duration_s": %.6f, "statuses": {%s}, '
         .. '"socket_errors": %d, "latency_ms": {"p50": %.3f, "p95": %.3f, "p99": %.3f, "max": %.3f}}\n',
      summary.requests,
      summary.duration / 1e6,
      table.concat(parts, ", "),
      errors.connect + errors.read + errors.write + errors.timeout,
      latency:percentile(50) / 1e3,
      latency:percentile(95) / 1e3,
      latency:percentile(99) / 1e3,
      latency.max / 1e3
   ))
end
