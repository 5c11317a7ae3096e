// Where the app sends someone after sign-in or a session rotation comes from the URL, so an attacker can choose it.
// Browsers drop tabs and newlines from a URL and read "\" as "/", so "/\t/evil.example" and "/\evil.example" both
// become "//evil.example" (another host); a server or framework that decodes once more turns "/%2F/evil" into the
// same. Hence: only a path, with no control character (C0, DEL, C1) or backslash in it, raw or percent-decoded,
// that the WHATWG URL parser (the browser's own) resolves to the app's own origin.

const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\\]/;
// Stands in for the app's origin: only a path is accepted, so any resolution that leaves it leaves the app.
const APP_ORIGIN = "https://app.actlas.invalid";
// Enough for any honest path; a value still changing after this many decodings is refused.
const MAX_DECODINGS = 3;

function staysOnOrigin(value: string): boolean {
  if (!value.startsWith("/") || FORBIDDEN.test(value)) return false;
  try {
    return new URL(value, APP_ORIGIN).origin === APP_ORIGIN;
  } catch {
    return false;
  }
}

export function safeNextPath(value: string | null | undefined, fallback = "/systems"): string {
  if (!value) return fallback;
  let current = value;
  for (let i = 0; ; i += 1) {
    if (!staysOnOrigin(current)) return fallback;
    let decoded: string;
    try {
      decoded = decodeURIComponent(current);
    } catch {
      // Malformed as sent: no honest link has that. Malformed only once decoded ("100%25" → "100%"): fully decoded.
      if (i === 0) return fallback;
      break;
    }
    if (decoded === current) break;
    if (i === MAX_DECODINGS) return fallback;
    current = decoded;
  }
  const url = new URL(value, APP_ORIGIN);
  return `${url.pathname}${url.search}${url.hash}`;
}

// next-auth's redirect callback: it passes either a path or an absolute URL (its default callbackUrl is the page's
// full address). Absolute URLs must be the app's own origin; the path is then held to the same rule as above.
export function safeRedirectUrl(url: string, baseUrl: string, fallback = "/systems"): string {
  const base = new URL(baseUrl);
  let path = url;
  if (!url.startsWith("/")) {
    let parsed: URL | null = null;
    try {
      parsed = new URL(url);
    } catch {
      parsed = null;
    }
    const sameOrigin =
      parsed && parsed.origin === base.origin && !parsed.username && !parsed.password && !FORBIDDEN.test(url);
    path = sameOrigin ? `${parsed!.pathname}${parsed!.search}${parsed!.hash}` : fallback;
  }
  return new URL(safeNextPath(path, fallback), base.origin).toString();
}
