import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";

describe("environment validation", () => {
  it("reads DNS_SERVERS as a list of IP[:port] entries, IPv6 in brackets", () => {
    expect(parseEnv({ DNS_SERVERS: "127.0.0.1:53, [::1]:5353" }).DNS_SERVERS).toEqual(["127.0.0.1:53", "[::1]:5353"]);
    expect(parseEnv({ DNS_SERVERS: "1.1.1.1" }).DNS_SERVERS).toEqual(["1.1.1.1"]);
  });

  it("leaves DNS_SERVERS unset when empty, so the system's resolvers are used", () => {
    expect(parseEnv({ DNS_SERVERS: "" }).DNS_SERVERS).toBeUndefined();
    expect(parseEnv({}).DNS_SERVERS).toBeUndefined();
  });

  it("refuses a host name with a message that names the variable and the expected form", () => {
    expect(() => parseEnv({ DNS_SERVERS: "dns.google" })).toThrow(/DNS_SERVERS.*IP\[:port\]/);
  });

  it("applies defaults and rejects a malformed value of any other variable", () => {
    expect(parseEnv({}).SESSION_MAX_AGE_HOURS).toBe(12);
    expect(() => parseEnv({ SMTP_URL: "not a url" })).toThrow(/SMTP_URL/);
  });
});
