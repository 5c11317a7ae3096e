import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import type { AppMessages } from "@/i18n/messages";

export type Namespace = keyof AppMessages;

// The namespaces every page's client components use: the shell and sign-in, and what every form says through
// useActionForm, the restored-draft notice and the error page that can replace any page (a few short messages).
export const BASE_CLIENT_NAMESPACES = [
  "Shell",
  "Nav",
  "SignIn",
  "Language",
  "LanguageName",
  "ActionForm",
  "DraftNotice",
  "ErrorPage",
] as const satisfies readonly Namespace[];

/**
 * Gives the client components below it the base namespaces plus `namespaces`. A nested provider replaces its parent's
 * messages rather than adding to them, hence the base ones again. Pages name what their client components use, so no
 * page carries every message in its payload and no central list grows with every area.
 */
export async function ClientMessages({
  namespaces,
  children,
}: {
  namespaces: readonly Namespace[];
  children: ReactNode;
}) {
  const messages = await getMessages();
  const wanted = [...BASE_CLIENT_NAMESPACES, ...namespaces];
  const picked = Object.fromEntries(wanted.map((namespace) => [namespace, messages[namespace]]));
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}
