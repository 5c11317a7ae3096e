import { randomBytes } from "node:crypto";

// Letters that Unicode normalisation does not decompose into a base letter plus accent.
const TRANSLITERATIONS: Record<string, string> = { ł: "l", æ: "ae", ø: "o", œ: "oe", ß: "ss", đ: "d", ð: "d", þ: "th", ı: "i" };

// Human-readable prefix plus a random suffix, so two organisations with the same name never collide.
export function slugify(name: string): string {
  const base = name
    .toLowerCase()
    .replace(/[łæøœßđðþı]/g, (c) => TRANSLITERATIONS[c])
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40);
  return `${base || "org"}-${randomBytes(3).toString("hex")}`;
}
