import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import pino, { type DestinationStream, type Level, type Logger } from "pino";
import pretty from "pino-pretty";
import { env } from "@/lib/env";

export type { Logger };

export type LogOptions = {
  level: Level | "silent";
  format: "json" | "pretty";
  destination?: DestinationStream; // default: standard output
};

// Secrets that can reach a log inside a logged request, error or options object. pino compiles these paths once, so a
// line without them costs nothing; a secret under another name is the caller's to leave out.
const SECRET_KEYS = ["authorization", "cookie", '["set-cookie"]', "password", "passwordHash", "token", "secret"];
const REDACT = SECRET_KEYS.flatMap((key) => {
  const member = key.startsWith("[") ? key : `.${key}`;
  return [key, `*${member}`, `*.*${member}`];
});

/**
 * A logger that writes synchronously to its destination: pino's transports would run in a worker thread, which Next's
 * server bundles cannot load and which loses the last lines when the process dies. pino-pretty is used as a plain
 * stream for the same reason. Next keeps pino and pino-pretty out of its bundle by default (serverExternalPackages).
 */
export function createLogger({ level, format, destination }: LogOptions): Logger {
  const options = {
    level,
    redact: { paths: REDACT, censor: "[redacted]" },
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  if (format === "json") return pino(options, destination ?? pino.destination({ dest: 1, sync: true }));
  const readable = pretty({
    sync: true,
    destination: destination ?? 1,
    colorize: destination === undefined && pretty.isColorSupported,
    ignore: "pid,hostname",
    translateTime: "SYS:HH:MM:ss.l",
  });
  return pino(options, readable);
}

let root: Logger | undefined;

function rootLogger(): Logger {
  const { LOG_LEVEL, LOG_FORMAT, NODE_ENV } = env();
  root ??= createLogger({
    level: LOG_LEVEL ?? (NODE_ENV === "test" ? "silent" : "info"),
    format: LOG_FORMAT ?? (NODE_ENV === "production" ? "json" : "pretty"),
  });
  return root;
}

/** Replaces the process's logger (tests capture lines with it); returns a function that puts the previous one back. */
export function replaceLogger(logger: Logger): () => void {
  const previous = root;
  root = logger;
  return () => {
    root = previous;
  };
}

type Scope = { logger: Logger; requestId?: string };
const scope = new AsyncLocalStorage<Scope>();

/** The logger of the request or job being handled (bound to its id), else the process's. */
export function log(): Logger {
  return scope.getStore()?.logger ?? rootLogger();
}

/** The id of the request being handled, for answers that quote it (problem+json's correlationId). */
export function currentRequestId(): string | undefined {
  return scope.getStore()?.requestId;
}

// An id a proxy or client sent is kept only when it is a short plain token: it is echoed in a header and written to
// every log line, so anything longer or with other characters could forge lines or headers.
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

export function requestIdFrom(headers: Pick<Headers, "get"> | null | undefined): string {
  const sent = headers?.get("x-request-id")?.trim();
  return sent && SANE_REQUEST_ID.test(sent) ? sent : randomUUID();
}

/** Runs `handle` with every log() call inside it (however deep) bound to the request id. */
export function withRequestLog<T>(requestId: string, handle: () => T): T {
  return scope.run({ logger: log().child({ requestId }), requestId }, handle);
}

/** Runs a background job with its lines bound to the job's name and a fresh id. */
export function withJobLog<T>(job: string, run: () => T): T {
  return scope.run({ logger: log().child({ job, jobId: randomUUID() }) }, run);
}
