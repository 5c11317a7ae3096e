import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { changeMemberRole, listMembers } from "@/lib/dal/accounts/members";
import { createAuthSession } from "@/lib/dal/accounts/internal/sessions";
import { addMember, createOrganization } from "../../helpers/factories";

// The route handler reads and writes next-auth's cookie through next/headers, which only exists inside a Next
// request: a plain jar stands in for it. The session, its rotation and the signed cookie are real.
const jar = new Map<string, string>();
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    set: (name: string, value: string) => void jar.set(name, value),
  }),
}));
process.env.NEXTAUTH_SECRET = "open-redirect-test-secret-0123456789";
const ORIGIN = "http://actlas.test";

// A member whose role was just changed, holding the signed cookie of the session that was rotated away.
async function rotatedMember() {
  const { organizationId, admin } = await createOrganization("Redirect");
  const legal = await addMember(organizationId, "LEGAL");
  const { sessionId } = await createAuthSession(legal.userId, organizationId);
  const membershipId = (await listMembers(admin)).find((m) => m.userId === legal.userId)!.membershipId;
  await changeMemberRole(admin, { membershipId, role: "MANAGER" });
  jar.set("next-auth.session-token", await encode({ token: { sid: sessionId }, secret: process.env.NEXTAUTH_SECRET! }));
}

async function rotate(callbackUrl: string): Promise<URL> {
  const { GET } = await import("@/app/api/auth/rotate/route");
  const url = `${ORIGIN}/api/auth/rotate?callbackUrl=${encodeURIComponent(callbackUrl)}`;
  const response = await GET(new NextRequest(url));
  expect(response.status).toBe(303);
  return new URL(response.headers.get("location")!);
}

describe("GET /api/auth/rotate follows only paths of the app itself", () => {
  beforeEach(() => jar.clear());

  it.each([
    "/\t/evil.example/phish",
    "/\n/evil.example",
    "//evil.example",
    "/\\evil.example",
    "\\/evil.example",
    "/%09/evil.example",
    "/%2F/evil.example",
    "%2F%2Fevil.example",
    "/%5Cevil.example",
    "https://evil.example/",
    "javascript:alert(1)",
  ])("callbackUrl %j lands on the app's start page", async (callbackUrl) => {
    await rotatedMember();
    const target = await rotate(callbackUrl);
    expect(target.origin).toBe(ORIGIN);
    expect(target.pathname).toBe("/systems");
  });

  it("a legitimate path keeps its query and fragment", async () => {
    await rotatedMember();
    const target = await rotate("/systems?x=1#y");
    expect(target.href).toBe(`${ORIGIN}/systems?x=1#y`);
  });
});
