import { describe, expect, it } from "vitest";
import { safeNextPath, safeRedirectUrl } from "@/lib/auth/safe-redirect";

// Each of these, followed as a redirect target, would leave the app: the browser drops tabs and newlines from a
// URL and treats a backslash as a slash, so "/\t/evil" and "/\evil" both become "//evil" (another host).
const HOSTILE = [
  "/\t/evil.example/phish",
  "/\n/evil.example",
  "/\r\n/evil.example",
  "//evil.example",
  "/\\evil.example",
  "\\/evil.example",
  "/%09/evil.example",
  "/%2F/evil.example",
  "%2F%2Fevil.example",
  "/%5Cevil.example",
  "/%5C%5Cevil.example",
  "/%252F%252Fevil.example",
  "https://evil.example/",
  "javascript:alert(1)",
  "/\u0000/evil.example",
  "/\u007f/evil.example",
  "/\u0085/evil.example",
  "/%C2%85/evil.example",
  "/%E0%A4%A",
  "",
];

describe("safeNextPath (after sign-in and session rotation)", () => {
  it.each(HOSTILE)("refuses %j and falls back", (value) => {
    expect(safeNextPath(value)).toBe("/systems");
    expect(safeNextPath(value, "/dashboard")).toBe("/dashboard");
  });

  it("keeps a same-site path with its query and fragment", () => {
    expect(safeNextPath("/systems?x=1#y")).toBe("/systems?x=1#y");
    expect(safeNextPath("/systems/abc/dossier")).toBe("/systems/abc/dossier");
    expect(safeNextPath("/systems?q=credit%20scoring&tier=HIGH")).toBe("/systems?q=credit%20scoring&tier=HIGH");
    expect(safeNextPath("/systems?q=100%25")).toBe("/systems?q=100%25");
    expect(safeNextPath(null)).toBe("/systems");
    expect(safeNextPath(undefined)).toBe("/systems");
  });
});

describe("safeRedirectUrl (next-auth's redirect callback)", () => {
  const base = "http://localhost:3000";

  it.each([
    ...HOSTILE,
    "http://localhost:3000.evil.example/",
    "http://evil.example@localhost:3000/x",
    "http://localhost:3000/\t/evil.example",
    "http://localhost:3000/%2F%2Fevil.example",
  ])("sends %j to the app's own start page", (value) => {
    expect(safeRedirectUrl(value, base)).toBe(`${base}/systems`);
  });

  it("keeps the app's own paths and absolute addresses", () => {
    expect(safeRedirectUrl("/systems?x=1#y", base)).toBe(`${base}/systems?x=1#y`);
    expect(safeRedirectUrl(`${base}/login?reason=signedout`, base)).toBe(`${base}/login?reason=signedout`);
  });
});
