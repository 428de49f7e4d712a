-- Petitions posted to the path of the URL given to wrk (DongThuan's POST /api/v1/petitions, or the floor's /petitions), each
-- thread numbers its own (`id`, set by setup in the thread's own globals), and every run stamps its start, so two
-- threads, or two runs against the same database (warm-up, rounds), never send the same one.
local counter = 0
local threads = 0
local run = os.time()

function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end

request = function()
  counter = counter + 1
  local n = (id or 0) * 100000000 + counter
  local body = string.format(
    '{"name":"Người thử tải %d","email":"tai.%d.%d@example.com","title":"Đề nghị sửa đường ngõ số %d","content":"Cử tri đề nghị sửa chữa mặt đường ngõ số %d, đoạn %d, bị lún và đọng nước khi mưa (lần thử %d).","consent":true}',
    n, n, run, n, n, counter, run)
  return wrk.format("POST", nil, { ["Content-Type"] = "application/json" }, body)
end
