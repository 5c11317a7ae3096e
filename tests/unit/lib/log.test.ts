import { describe, expect, it } from "vitest";
import { createLogger, log, requestIdFrom, withJobLog, withRequestLog } from "@/lib/log";
import { captureLog } from "../../helpers/capture-log";

function jsonLogger() {
  const lines: string[] = [];
  const logger = createLogger({ level: "info", format: "json", destination: { write: (l: string) => lines.push(l) } });
  return { logger, lines };
}

describe("the server log", () => {
  it("writes one JSON object per line with the level, the message and the time", () => {
    const { logger, lines } = jsonLogger();
    logger.warn({ systemId: "s1" }, "something to look at");
    logger.debug("below the level, left out");
    expect(lines).toHaveLength(1);
    expect(lines[0]?.endsWith("\n")).toBe(true);
    expect(JSON.parse(lines[0] ?? "")).toMatchObject({ level: 40, msg: "something to look at", systemId: "s1" });
    expect(JSON.parse(lines[0] ?? "").time).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it("redacts authorization headers, cookies, passwords and tokens wherever they sit", () => {
    const { logger, lines } = jsonLogger();
    logger.info(
      {
        headers: { authorization: "Bearer actlas_SECRET1", cookie: "session=SECRET2", "set-cookie": "a=SECRET3" },
        request: { headers: { authorization: "Bearer SECRET4" } },
        password: "SECRET5",
        user: { token: "SECRET6", email: "kept@example.com" },
      },
      "a call",
    );
    const line = lines[0] ?? "";
    expect(line).not.toMatch(/SECRET/);
    expect(JSON.parse(line)).toMatchObject({
      headers: { authorization: "[redacted]", cookie: "[redacted]", "set-cookie": "[redacted]" },
      request: { headers: { authorization: "[redacted]" } },
      password: "[redacted]",
      user: { token: "[redacted]", email: "kept@example.com" },
    });
  });

  it("logs an error object with its message and stack", () => {
    const { logger, lines } = jsonLogger();
    logger.error({ err: new Error("disk full") }, "export failed");
    expect(JSON.parse(lines[0] ?? "")).toMatchObject({
      msg: "export failed",
      err: { type: "Error", message: "disk full", stack: expect.stringContaining("disk full") },
    });
  });

  it("binds the request id to every line logged while the request is handled, however deep", async () => {
    const captured = captureLog();
    try {
      await withRequestLog("req-42", async () => {
        log().info("first");
        await new Promise((resolve) => setTimeout(resolve, 1));
        log().warn("after an await");
      });
      log().info("outside");
      await withJobLog("reminders", async () => log().info("a job"));
    } finally {
      captured.restore();
    }
    const [first, second, outside, job] = captured.lines;
    expect(first).toMatchObject({ msg: "first", requestId: "req-42", level: 30 });
    expect(second).toMatchObject({ msg: "after an await", requestId: "req-42", level: 40 });
    expect(outside?.requestId).toBeUndefined();
    expect(job).toMatchObject({ msg: "a job", job: "reminders", jobId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
  });

  it("keeps a sane request id from the caller and replaces anything else with a fresh one", () => {
    const headers = (id?: string) => new Headers(id === undefined ? {} : { "x-request-id": id });
    expect(requestIdFrom(headers("abc-123_DEF.4:5"))).toBe("abc-123_DEF.4:5");
    for (const bad of [undefined, "", "x".repeat(65), "a b", "a%0Ab", "<script>", "id;drop"])
      expect(requestIdFrom(headers(bad)), String(bad)).toMatch(/^[0-9a-f-]{36}$/);
  });
});
