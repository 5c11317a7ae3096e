import "server-only";
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import type { UserActor } from "@/lib/access/actor";
import { getActor } from "@/lib/auth/session";
import {
  AppError,
  HTTP_STATUS,
  DATABASE_UNAVAILABLE_MESSAGE,
  GENERIC_ERROR_MESSAGE,
  isAppError,
  isDatabaseUnavailable,
  type AppErrorCode,
  type FieldErrors,
} from "@/lib/errors";
import { resolveLocale, type Locale } from "@/lib/i18n/locales";
import { log, requestIdFrom, withRequestLog } from "@/lib/log";
import { routeLabel, timedRequest } from "@/lib/metrics";
import { containsNul } from "@/lib/nul";
import { refusalIn } from "@/lib/validations/i18n";

export type ActionResult<T = null> =
  | { ok: true; data: T }
  | {
      ok: false;
      code: AppErrorCode | "INTERNAL" | "UNAVAILABLE";
      error: string;
      fieldErrors?: FieldErrors;
      // Someone else saved the record first (AppError's `stale`): said apart from the words, which are translated.
      stale?: true;
    };

type Action = (input: never) => Promise<ActionResult<unknown>>;
const SCHEMAS = new WeakMap<Action, z.ZodType>();

// The schema an action parses its input with, so tests can derive hostile inputs from it (fuzz tests); nothing
// in production reads this.
export function actionSchemaOf(action: Action): z.ZodType | undefined {
  return SCHEMAS.get(action);
}

function registered<A extends Action>(schema: z.ZodType, action: A): A {
  SCHEMAS.set(action, schema);
  return action;
}

const SESSION_EXPIRED = "Your session has ended. Sign in again in another tab; what you typed here is kept.";

// The one wrapper for every server action: session, zod parse, and mapping of errors to safe messages.
// Unexpected errors are logged and masked, so no stack trace or SQL reaches the browser. Every line logged while the
// action runs carries its request id. Failures are told in the person's language, chosen as for the page.
export function createAction<S extends z.ZodType, T>(
  schema: S,
  // `locale`: the person's language, for what a result carries back to be read (an import's row problems).
  handler: (input: z.output<S>, actor: UserActor, context: { locale: Locale }) => Promise<T>,
): (input: z.input<S>) => Promise<ActionResult<T>> {
  return registered(schema, (input: z.input<S>) =>
    withActionLog(async (acceptLanguage) => {
      let locale = resolveLocale(null, acceptLanguage);
      try {
        const actor = await getActor();
        if (!actor) return inLocale(locale, { ok: false, code: "UNAUTHENTICATED", error: SESSION_EXPIRED });
        locale = resolveLocale(actor.locale, acceptLanguage);
        const context = { locale };
        return inLocale(locale, await run(schema, input, (parsed) => handler(parsed, actor, context)));
      } catch (error) {
        return inLocale(locale, toFailure(error));
      }
    }),
  );
}

export function createPublicAction<S extends z.ZodType, T>(
  schema: S,
  // `locale`: the browser's language, for what the action sends on (a sign-up's confirmation e-mail).
  handler: (input: z.output<S>, context: { locale: Locale }) => Promise<T>,
): (input: z.input<S>) => Promise<ActionResult<T>> {
  return registered(schema, (input: z.input<S>) =>
    withActionLog(async (acceptLanguage) => {
      const locale = resolveLocale(null, acceptLanguage);
      try {
        return inLocale(locale, await run(schema, input, (parsed) => handler(parsed, { locale })));
      } catch (error) {
        return inLocale(locale, toFailure(error));
      }
    }),
  );
}

// The schemas and the data layer speak English (the REST API answers in it); a person reads the failure in their own.
function inLocale<T>(locale: Locale, result: ActionResult<T>): ActionResult<T> {
  if (result.ok) return result;
  const { message, fieldErrors } = refusalIn(locale, result.error, result.fieldErrors);
  return { ...result, error: message, ...(fieldErrors ? { fieldErrors } : {}) };
}

// A server action is handed no request: its id comes from the headers of the POST that carries it. Outside a request
// (tests, scripts) headers() throws and the action gets a fresh id.
// Timed under the page it was posted from (the proxy's x-pathname), as "action" in the request metrics.
async function withActionLog<T>(
  handle: (acceptLanguage: string | null) => Promise<ActionResult<T>>,
): Promise<ActionResult<T>> {
  let requestHeaders: Headers | null;
  try {
    requestHeaders = await headers();
  } catch (error) {
    unstable_rethrow(error);
    requestHeaders = null;
  }
  const route = routeLabel(requestHeaders?.get("x-pathname") ?? "(outside a request)");
  return withRequestLog(requestIdFrom(requestHeaders), () =>
    timedRequest(
      { kind: "action", route, method: "POST" },
      () => handle(requestHeaders?.get("accept-language") ?? null),
      actionStatus,
    ),
  );
}

const actionStatus = (result: ActionResult<unknown>): number =>
  result.ok ? 200 : result.code === "INTERNAL" ? 500 : result.code === "UNAVAILABLE" ? 503 : HTTP_STATUS[result.code];

const NUL_MESSAGE =
  "Your input contains an invisible NUL character (\\0), which cannot be stored. Remove it and try again.";

async function run<S extends z.ZodType, T>(
  schema: S,
  input: unknown,
  handler: (parsed: z.output<S>) => Promise<T>,
): Promise<ActionResult<T>> {
  if (containsNul(input)) return { ok: false, code: "VALIDATION", error: NUL_MESSAGE };
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const { fieldErrors, formErrors } = z.flattenError(parsed.error as z.ZodError<Record<string, unknown>>);
    return {
      ok: false,
      code: "VALIDATION",
      error: formErrors[0] ?? "Please correct the highlighted fields.",
      fieldErrors: fieldErrors as FieldErrors,
    };
  }
  return { ok: true, data: await handler(parsed.data) };
}

function toFailure(error: unknown): ActionResult<never> {
  unstable_rethrow(error);
  if (isAppError(error))
    return {
      ok: false,
      code: error.code,
      error: error.message,
      fieldErrors: error.fieldErrors,
      ...(error.stale ? { stale: true as const } : {}),
    };
  if (isDatabaseUnavailable(error)) {
    log().error({ err: error }, "action: database unavailable");
    return { ok: false, code: "UNAVAILABLE", error: DATABASE_UNAVAILABLE_MESSAGE };
  }
  log().error({ err: error }, "action: unexpected error");
  return { ok: false, code: "INTERNAL", error: GENERIC_ERROR_MESSAGE };
}

export { AppError };
