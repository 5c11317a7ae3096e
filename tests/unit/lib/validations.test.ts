import { describe, expect, it } from "vitest";
import { ZInvitationToken, ZSignUp } from "@/lib/validations/auth";
import { parseSystemListParams } from "@/lib/validations/system-list";

const valid = { name: "Ada", email: "Ada@Example.com ", password: "a long passphrase", organizationName: "Acme" };

function errorsOf(input: Record<string, unknown>) {
  const result = ZSignUp.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
}

describe("sign-up schema", () => {
  it("normalises the email", () => {
    expect(ZSignUp.parse(valid).email).toBe("ada@example.com");
  });

  it.each([
    ["short", /at least 12/],
    ["password1234", /too common/],
    ["aaaaaaaaaaaaaaa", /repetitive/],
  ])("refuses the weak password %s with a clear message", (password, message) => {
    expect(errorsOf({ ...valid, password }).password).toMatch(message);
  });

  it("names each bad field", () => {
    expect(errorsOf({ ...valid, email: "not-an-email", name: " ", organizationName: "A" })).toMatchObject({
      email: expect.stringMatching(/valid email/),
      name: expect.stringMatching(/Enter your name/),
      organizationName: expect.stringMatching(/at least 2/),
    });
  });
});

describe("invitation token", () => {
  it("accepts exactly 43 base64url characters", () => {
    expect(ZInvitationToken.safeParse("a".repeat(43)).success).toBe(true);
    expect(ZInvitationToken.safeParse("a".repeat(42)).success).toBe(false);
    expect(ZInvitationToken.safeParse(`${"a".repeat(42)}/`).success).toBe(false);
  });
});

describe("inventory URL state", () => {
  it("falls back to defaults for bad values instead of failing", () => {
    expect(parseSystemListParams({ page: "-3", pageSize: "7", sort: "DROP TABLE", q: "  " })).toMatchObject({
      page: 1,
      pageSize: 25,
      sort: "name",
      q: undefined,
    });
  });

  it("keeps valid values", () => {
    expect(parseSystemListParams({ page: "3", pageSize: "50", sort: "-updatedAt", q: " fraud " })).toMatchObject({
      page: 3,
      pageSize: 50,
      sort: "-updatedAt",
      q: "fraud",
    });
  });
});
