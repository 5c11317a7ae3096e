import { randomBytes } from "node:crypto";

// Letters that Unicode normalisation does not decompose into a base letter plus accent.
const TRANSLITERATIONS: Record<string, string> = {
  ł: "l",
  æ: "ae",
  ø: "o",
  œ: "oe",
  ß: "ss",
  đ: "d",
  ð: "d",
  þ: "th",
  ı: "i",
};

/** Lower-case ASCII words joined by "-", accents dropped ("Łódź Ærø" → "lodz-aero"), cut to maxLength; "" if none. */
export function asciiSlug(text: string, maxLength: number): string {
  return text
    .toLowerCase()
    .replace(/[łæøœßđðþı]/g, (c) => TRANSLITERATIONS[c] ?? c)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, maxLength);
}

// Human-readable prefix plus a random suffix, so two organisations with the same name never collide.
export function slugify(name: string): string {
  return `${asciiSlug(name, 40) || "org"}-${randomBytes(3).toString("hex")}`;
}
