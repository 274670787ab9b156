-- wrk script: the same OpenAI speech request VoiceDeck sends (body written by
-- `vd-bench-overhead --dump-requests DIR`), as fast as the mock answers it.
--   wrk -c 16 -d 5s -s speech.lua http://127.0.0.1:PORT/v1/audio/speech -- DIR/speech.json
local prepared

function init(args)
  local file = assert(io.open(args[1], "rb"), "usage: -- PATH/speech.json")
  local body = file:read("*a")
  file:close()
  prepared = wrk.format("POST", nil, {
    ["Authorization"] = "Bearer test-key",
    ["Content-Type"] = "application/json",
    ["Accept"] = "application/octet-stream",
  }, body)
end

function request()
  return prepared
end
