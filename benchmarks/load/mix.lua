-- wrk script: cycles through request bodies, so a run is a mix rather than one request repeated.
-- Arguments after "--": a list file ("<path><TAB><body file>" per line) and an Authorization header value.
-- Each wrk thread has its own copy; each starts at a different place in the list.
local requests = {}
local next_index = 0

function init(args)
  local list, auth = args[1], args[2]
  for line in io.lines(list) do
    local path, file = line:match("^([^\t]+)\t(.+)$")
    if path then
      local f = assert(io.open(file, "rb"))
      local body = f:read("*a")
      f:close()
      requests[#requests + 1] = wrk.format("POST", path,
        { ["Content-Type"] = "application/json", ["Authorization"] = auth }, body)
    end
  end
  assert(#requests > 0, "no request bodies in " .. list)
  next_index = math.random(#requests) - 1
end

function request()
  next_index = next_index % #requests + 1
  return requests[next_index]
end

local failures = 0
function response(status, headers, body)
  if status >= 400 and failures < 3 then
    failures = failures + 1
    io.stderr:write("HTTP " .. status .. ": " .. body:sub(1, 300) .. "\n")
  end
end
