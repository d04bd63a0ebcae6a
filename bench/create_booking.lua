-- wrk script: each request books a distinct (date, start time) with a timed
-- package, so every request is a real insert that passes the capacity check.
-- BENCH_HOURS is the package's length (sessions from 06:00 to 22:00, back to
-- back); BENCH_THREADS wrk's -t, so each thread walks its own share of the
-- 990 days and no two requests ask for the same slot.
local token = os.getenv("BENCH_TOKEN")
local package_id = os.getenv("BENCH_PACKAGE")
local first_day = tonumber(os.getenv("BENCH_FIRST_DAY"))
local hours = tonumber(os.getenv("BENCH_HOURS") or "2")
local nthreads = tonumber(os.getenv("BENCH_THREADS") or "2")
local days = 990
local per_day = math.floor(16 / hours)
local threads = {}
local counter = 0

function setup(thread)
  thread:set("tid", #threads)
  table.insert(threads, thread)
end

function init(args)
  counter = tid * math.floor(days / nthreads) * per_day
end

request = function()
  local slot = counter % per_day
  local day = math.floor(counter / per_day) % days
  counter = counter + 1
  local date = os.date("!%Y-%m-%d", first_day + day * 86400)
  local hour = 6 + slot * hours
  local body = string.format(
    '{"package_id":"%s","event_date":"%s","start_time":"%02d:00","location":"Bench","payment_option":"dp"}',
    package_id, date, hour)
  return wrk.format("POST", "/api/v1/bookings",
    {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token}, body)
end

done = function(summary, latency, requests)
  io.write(string.format("errors: connect %d, read %d, write %d, status %d, timeout %d\n",
    summary.errors.connect, summary.errors.read, summary.errors.write,
    summary.errors.status, summary.errors.timeout))
end
