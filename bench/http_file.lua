-- wrk script of bench/http_large.sh: GET /file (the 1 MiB file the servers send with sendfile()).
local request_text
init = function(args)
    request_text = wrk.format("GET", "/file")
end
request = function()
    return request_text
end
