-- wrk script: POST a 1,000-word article to /api/check (the body is read from ARTICLE).
local f = assert(io.open(os.getenv("ARTICLE"), "rb"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "text/plain"
