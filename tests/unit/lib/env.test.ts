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

  it("reads DATABASE_REPLICA_URLS as a list of Postgres URLs and names the variable when one is not", () => {
    const urls = "postgresql://u:p@replica-1:5432/actlas, postgres://u:p@replica-2/actlas";
    expect(parseEnv({ DATABASE_REPLICA_URLS: urls }).DATABASE_REPLICA_URLS).toEqual([
      "postgresql://u:p@replica-1:5432/actlas",
      "postgres://u:p@replica-2/actlas",
    ]);
    expect(parseEnv({ DATABASE_REPLICA_URLS: "" }).DATABASE_REPLICA_URLS).toBeUndefined();
    for (const bad of ["replica-1:5432", "mysql://u:p@replica/actlas", "postgresql://u:p@ok/actlas,http://x", ","]) {
      expect(() => parseEnv({ DATABASE_REPLICA_URLS: bad })).toThrow(/DATABASE_REPLICA_URLS/);
    }
    // The message must not repeat the URL: it carries the replica's password.
    expect(() => parseEnv({ DATABASE_REPLICA_URLS: "mysql://u:secret@replica/actlas" })).not.toThrow(/secret/);
  });

  it("applies defaults and rejects a malformed value of any other variable", () => {
    expect(parseEnv({}).SESSION_MAX_AGE_HOURS).toBe(12);
    expect(() => parseEnv({ SMTP_URL: "not a url" })).toThrow(/SMTP_URL/);
  });

  it("keeps sign-up and reset mails at 20 per network address an hour unless set, and refuses a cap below one", () => {
    expect(parseEnv({}).ACCOUNT_MAILS_PER_NETWORK_PER_HOUR).toBe(20);
    expect(parseEnv({ ACCOUNT_MAILS_PER_NETWORK_PER_HOUR: "500" }).ACCOUNT_MAILS_PER_NETWORK_PER_HOUR).toBe(500);
    expect(() => parseEnv({ ACCOUNT_MAILS_PER_NETWORK_PER_HOUR: "0" })).toThrow(/ACCOUNT_MAILS_PER_NETWORK_PER_HOUR/);
  });
});
