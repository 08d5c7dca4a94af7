-- wrk script for two-replicas.sh: counts, per thread, responses by (database header, editions in the body) and
-- non-200 answers; done() sums the threads and prints one line per version seen.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  seen = {}
  bad = 0
end

function response(status, headers, body)
  if status ~= 200 then
    bad = bad + 1
    return
  end
  local db = headers["X-Editions-Database"] or headers["x-editions-database"] or "none"
  local _, editions = string.gsub(body, '"sourceFile"', "")
  local key = db .. " " .. editions
  seen[key] = (seen[key] or 0) + 1
end

function done(summary, latency, requests)
  local total, bads = {}, 0
  for _, thread in ipairs(threads) do
    bads = bads + thread:get("bad")
    for key, count in pairs(thread:get("seen")) do
      total[key] = (total[key] or 0) + count
    end
  end
  io.write(string.format("non-200 %d\n", bads))
  for key, count in pairs(total) do
    io.write(string.format("version %s %d\n", key, count))
  end
end
