-- wrk script: each request books a distinct (date, start time) with a timed
-- package, so every request is a real insert that passes the capacity check.
local token = os.getenv("BENCH_TOKEN")
local package_id = os.getenv("BENCH_PACKAGE")
local first_day = tonumber(os.getenv("BENCH_FIRST_DAY"))
local threads = {}
local counter = 0

function setup(thread)
  thread:set("tid", #threads)
  table.insert(threads, thread)
end

function init(args)
  counter = tid * 100000
end

request = function()
  counter = counter + 1
  local slot = counter % 8
  local day = math.floor(counter / 8) % 990
  local date = os.date("!%Y-%m-%d", first_day + day * 86400 + tid * 0)
  local hour = 6 + slot * 2
  local body = string.format(
    '{"package_id":"%s","event_date":"%s","start_time":"%02d:00","location":"Bench","payment_option":"dp"}',
    package_id, date, hour)
  return wrk.format("POST", "/api/v1/bookings",
    {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token}, body)
end

local statuses = {}
response = function(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

done = function(summary, latency, requests)
  io.write(string.format("errors: connect %d, read %d, write %d, status %d, timeout %d\n",
    summary.errors.connect, summary.errors.read, summary.errors.write,
    summary.errors.status, summary.errors.timeout))
end
