-- wrk script: signs in as bench1 … benchN in turn (BENCH_USERS accounts,
-- password BENCH_PASSWORD), each request a full argon2 verification.
local users = tonumber(os.getenv("BENCH_USERS") or "100")
local password = os.getenv("BENCH_PASSWORD") or "BenchPass123"
local threads = {}
local counter = 0

function setup(thread)
  thread:set("tid", #threads)
  table.insert(threads, thread)
end

function init(args)
  counter = tid * 7919
end

request = function()
  counter = counter + 1
  local body = string.format('{"identifier":"bench%d@example.com","password":"%s"}',
    1 + counter % users, password)
  return wrk.format("POST", "/api/v1/auth/login", {["Content-Type"] = "application/json"}, body)
end
