import { createTranslator } from "use-intl/core";
import { MESSAGES } from "@/i18n/messages";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";

// Who did something, as the audit trail stored it: a person's e-mail, or the English the data layer wrote for an actor
// without an account (a customer's link, a vendor's request link, a scheduled sync, an API token). The chain hashes
// what was stored, so the words are put in the reader's language when shown, by the same patterns that wrote them.
const PATTERNS = [
  { key: "customerLink", pattern: /^Customer link "(?<label>.*)"$/s },
  { key: "vendorLink", pattern: /^(?<vendor>.*) \(vendor, through the request link\)$/s },
  { key: "scheduledSync", pattern: /^scheduled sync of (?<name>.*)$/s },
  { key: "singleSignOn", pattern: /^(?<email>\S+@\S+) \(single sign-on\)$/ },
  { key: "apiToken", pattern: /^token (?<name>.*) \((?<prefix>[^()\s]+)\)$/s },
] as const;

export function actorLabelIn(locale: Locale, label: string): string {
  if (locale === DEFAULT_LOCALE) return label;
  for (const { key, pattern } of PATTERNS) {
    const match = pattern.exec(label);
    if (!match?.groups) continue;
    const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: "AuditActor" });
    return t(key, match.groups as never);
  }
  return label;
}
