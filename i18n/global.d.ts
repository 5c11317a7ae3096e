import type messages from "../messages/en";
import type { Locale } from "../lib/i18n/locales";

// English is the reference: a key used in code but missing from en.json fails the typecheck.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof messages;
  }
}
