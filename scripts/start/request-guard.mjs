// Requests Next cannot take, answered (or re-marked) before it sees them; a 500 or an HTML error page otherwise.
// Plain JavaScript: it runs under node, not tsx.

// Next's Request refuses these methods and the server answers 500. Under /api/v1 the request goes on as OPTIONS
// marked with the refused method, so the route answers 405 with its own Allow (lib/api/route-methods.ts, which
// names the same header); anywhere else it is refused here.
const UNREPRESENTABLE_METHODS = new Set(["TRACE", "TRACK"]);
export const REFUSED_METHOD_HEADER = "x-actlas-refused-method";
// Pages answer GET and HEAD, and POST for their server actions; no other route handler allows more.
const SITE_METHODS = "GET, HEAD, POST";
const API_V1 = /^\/api\/v1(\/|\?|$)/;

function refuse(res, status, headers, problem, text) {
  res.writeHead(status, {
    "Content-Type": problem ? "application/problem+json" : "text/plain; charset=utf-8",
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    ...headers,
  });
  res.end(problem ? JSON.stringify({ ...problem, status }) : `${text}\n`);
}

// A path Next cannot decode (a lone surrogate's bytes, a stray %) gets its HTML 400 page; the API says why.
function decodes(url) {
  try {
    decodeURIComponent(url.split("?")[0]);
    return true;
  } catch {
    return false;
  }
}

/** Answers the request itself and returns true, or prepares it for Next and returns false. */
export function guardRequest(req, res) {
  delete req.headers[REFUSED_METHOD_HEADER];
  const url = req.url ?? "/";
  const api = url.startsWith("/api/");
  if (API_V1.test(url) && !decodes(url)) {
    const detail = "The path is not valid percent-encoded UTF-8.";
    refuse(res, 400, {}, { type: "/developers/api#problem-bad-request", title: "Malformed request", detail });
    return true;
  }
  if (!UNREPRESENTABLE_METHODS.has(req.method)) return false;
  if (API_V1.test(url)) {
    req.headers[REFUSED_METHOD_HEADER] = req.method;
    req.method = "OPTIONS";
    return false;
  }
  const detail = `${req.method} is not supported.`;
  const problem = api && { type: "/developers/api#problem-method-not-allowed", title: "Method not allowed", detail };
  refuse(res, 405, { Allow: SITE_METHODS }, problem, detail);
  return true;
}
