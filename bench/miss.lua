-- wrk script: the same GET, but every request's URL is new (a `_miss`
-- parameter the API ignores), so no micro-cache can answer it: what a
-- read costs when it goes to the database. Each thread counts from its own
-- range, so no two requests share a URL.
local threads = {}
local counter = 0

function setup(thread)
  thread:set("tid", #threads)
  table.insert(threads, thread)
end

function init(args)
  counter = tid * 1000000000
end

request = function()
  counter = counter + 1
  local sep = string.find(wrk.path, "?", 1, true) and "&" or "?"
  return wrk.format(nil, wrk.path .. sep .. "_miss=" .. counter)
end
