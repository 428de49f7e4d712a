-- Petitions sent to POST /api/v1/petitions, each different (a repeat would be taken as already received):
-- every thread numbers its own, so two threads never send the same one.
local counter = 0
local thread_id = 0
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("thread_id", threads)
end

function init(args)
  thread_id = thread_id or 0
end

request = function()
  counter = counter + 1
  local n = thread_id * 100000000 + counter
  local body = string.format(
    '{"name":"Người thử tải %d","email":"tai.%d.%d@example.com","title":"Đề nghị sửa đường ngõ số %d","content":"Cử tri đề nghị sửa chữa mặt đường ngõ số %d, đoạn %d, bị lún và đọng nước khi mưa.","consent":true}',
    n, n, os.time(), n, n, counter)
  return wrk.format("POST", "/api/v1/petitions", { ["Content-Type"] = "application/json" }, body)
end
