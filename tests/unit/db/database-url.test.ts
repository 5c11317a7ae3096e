import { describe, expect, it } from "vitest";
import { assertLocalDatabaseUrl, databaseName, isLocalDatabaseUrl, withDatabase } from "../../../lib/db/database-url";

describe("withDatabase", () => {
  it("swaps only the database, keeping credentials, port and options", () => {
    const url = "postgresql://app:s3cr%40t@127.0.0.1:54329/actlas?schema=public&sslmode=disable";
    const next = withDatabase(url, "actlas_test_1");
    expect(next).toBe("postgresql://app:s3cr%40t@127.0.0.1:54329/actlas_test_1?schema=public&sslmode=disable");
    expect(databaseName(next)).toBe("actlas_test_1");
  });

  it("adds a database to a URL that names none", () => {
    expect(withDatabase("postgres://u:p@localhost:5432", "postgres")).toBe("postgres://u:p@localhost:5432/postgres");
  });

  it("rejects empty or path-like names and non-Postgres URLs", () => {
    expect(() => withDatabase("postgresql://localhost/a", "")).toThrow(/Invalid database name/);
    expect(() => withDatabase("postgresql://localhost/a", "x/y")).toThrow(/Invalid database name/);
    expect(() => withDatabase("mysql://localhost/a", "b")).toThrow(/Not a Postgres URL/);
    expect(() => withDatabase("not a url", "b")).toThrow(/Not a valid database URL/);
  });
});

describe("isLocalDatabaseUrl / assertLocalDatabaseUrl", () => {
  it.each([
    "postgresql://u:p@localhost:5432/db",
    "postgresql://u:p@127.0.0.1:54329/db",
    "postgresql://u:p@127.0.0.2/db",
    "postgresql://u:p@[::1]:5432/db",
    "postgres://LOCALHOST/db",
  ])("accepts %s", (url) => {
    expect(isLocalDatabaseUrl(url)).toBe(true);
    expect(() => assertLocalDatabaseUrl(url)).not.toThrow();
  });

  it.each([
    "postgresql://u:p@db.example.com:5432/db",
    "postgresql://u:p@10.0.0.5/db",
    "postgresql://u:p@localhost.example.com/db",
    "postgresql://u:p@[::2]/db",
  ])("refuses %s", (url) => {
    expect(isLocalDatabaseUrl(url)).toBe(false);
    expect(() => assertLocalDatabaseUrl(url)).toThrow(/non-local database/);
  });

  it("never echoes the password in its error", () => {
    expect(() => assertLocalDatabaseUrl("postgresql://u:hunter2@db.example.com/db")).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining("hunter2") }),
    );
  });
});
