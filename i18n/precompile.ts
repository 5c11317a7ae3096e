import compile from "icu-minify/compile";
import formatMessage from "use-intl/format-message";

/**
 * Whether this bundle formats precompiled messages. Next's build resolves use-intl's formatter to its format-only
 * build (next.config.ts), which reads messages compiled ahead of time instead of parsing each ICU message with
 * intl-messageformat on every request (use-intl keeps that parse in a per-request cache, so a page paid it again for
 * every message with a value). Elsewhere (vitest, tsx scripts) the full formatter runs on the messages as written.
 * The format-only build marks itself by not supporting `t.raw`.
 */
export const PRECOMPILED = (formatMessage as { raw?: boolean }).raw === false;

type Tree = { [key: string]: string | Tree };

/**
 * The same tree with every ICU message compiled (icu-minify, the compiler next-intl's own precompile uses). icu-minify
 * gives plural and select branches null-prototype objects, which React refuses to pass to client components; the JSON
 * round trip makes them plain, as next-intl's loader does by writing the compiled messages out as JSON.
 */
export function compileMessages<T>(tree: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(tree as Tree)) {
    out[key] = typeof value === "string" ? JSON.parse(JSON.stringify(compile(value))) : compileMessages(value);
  }
  return out as T;
}
