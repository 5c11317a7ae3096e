import { useLocale } from "next-intl";
import { validationText } from "@/lib/validations/i18n";

// The schemas' English messages in the reader's language (lib/validations/i18n). Outside an intl provider (a
// component rendered on its own, as unit tests do) the text stays English rather than failing the render.
export function useValidationText(): (english: string) => string {
  let locale = "en";
  try {
    // Not conditional in effect: useLocale reads its context first on every render and throws only after that.
    // eslint-disable-next-line react-hooks/rules-of-hooks
    locale = useLocale();
  } catch {
    // No provider above: English.
  }
  return (english) => validationText(locale, english);
}
