import { createLogger, replaceLogger } from "@/lib/log";

export type LogLine = { level: number; msg: string; requestId?: string; err?: { message: string } } & Record<
  string,
  unknown
>;

/** Sends every log line, as parsed JSON, to `lines` until `restore()`: tests read what an operator would see. */
export function captureLog(): { lines: LogLine[]; text: () => string; restore: () => void } {
  const lines: LogLine[] = [];
  const logger = createLogger({
    level: "trace",
    format: "json",
    destination: { write: (line: string) => void lines.push(JSON.parse(line) as LogLine) },
  });
  const restore = replaceLogger(logger);
  return { lines, text: () => lines.map((line) => JSON.stringify(line)).join("\n"), restore };
}
