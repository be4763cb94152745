-- wrk script of bench/http_large.sh: POST /upload with a 1 MiB body (the servers read it whole and answer its length).
local request_text
init = function(args)
    request_text = wrk.format("POST", "/upload", {["Content-Type"] = "application/octet-stream"},
        string.rep("x", 1048576))
end
request = function()
    return request_text
end
