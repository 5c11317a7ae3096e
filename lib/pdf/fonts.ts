import { readFileSync } from "node:fs";
import * as fontkit from "fontkit";
import type { Doc } from "./context";
import { FONTS, type FontKey } from "./theme";

// Parsing a TrueType font (tables, glyph index, shaping rules) cost ~70 ms of CPU per document when pdfkit was given
// the file bytes; a parsed font is immutable, so it is parsed once per process and handed to every document. Each
// document still builds and embeds its own subset of it (pdfkit's EmbeddedFont keeps the subset per document).
let parsed: Map<FontKey, fontkit.Font> | null = null;

function parsedFonts(): Map<FontKey, fontkit.Font> {
  if (parsed) return parsed;
  const fonts = new Map<FontKey, fontkit.Font>();
  for (const key of Object.keys(FONTS) as FontKey[]) {
    const font = fontkit.create(readFileSync(FONTS[key].file));
    if (!("layout" in font)) throw new Error(`${FONTS[key].file} is a font collection, not a single font`);
    fonts.set(key, withOwnCodePoints(font));
  }
  parsed = fonts;
  return fonts;
}

type GlyphSource = { getGlyph(id: number, codePoints?: number[]): fontkit.Glyph };
const sameCodePoints = (a: number[], b: number[]) => a.length === b.length && a.every((c, i) => c === b[i]);

// fontkit keeps one glyph object per glyph id, with the letters it was first asked for. Some glyphs stand for more
// than one thing: the dotless "ı" is also the part "í" is built from (read without letters when a subset is
// embedded), and GSUB can reach a glyph from other letters. pdfkit writes a glyph's letters into each document's
// Unicode map, so with the font shared across documents, an earlier document could decide what a later one's "ı"
// extracts as. A glyph asked for with other letters than the kept one's is handed out fresh, with those letters.
function withOwnCodePoints<F extends fontkit.Font>(font: F): F {
  const source = font as unknown as GlyphSource;
  const kept = source.getGlyph.bind(font);
  source.getGlyph = (id, codePoints = []) => {
    const glyph = kept(id, codePoints);
    if (codePoints.length === 0 || sameCodePoints(glyph.codePoints, codePoints)) return glyph;
    const Glyph = glyph.constructor as new (id: number, codePoints: number[], font: F) => fontkit.Glyph;
    return new Glyph(id, codePoints, font);
  };
  return font;
}

// pdfkit keeps, per document and font, the shaped glyph run of every word it has measured or drawn. Shaping (GSUB
// and GPOS lookups) is most of the cost of a text-heavy dossier and the words repeat from one dossier to the next, so
// documents share one cache per parsed font. A run only refers to glyphs of that parsed font and pdfkit never changes
// a cached run, so sharing is safe. Hashes and names make some words unique per dossier: the cache starts afresh
// once it holds MAX_CACHED_WORDS, which keeps a long export's memory bounded.
const MAX_CACHED_WORDS = 4_000;
type LayoutCache = Record<string, unknown>;
const layoutCaches = new Map<FontKey, LayoutCache>();

function sharedLayoutCache(key: FontKey): LayoutCache {
  let cache = layoutCaches.get(key);
  if (!cache || Object.keys(cache).length > MAX_CACHED_WORDS) {
    cache = Object.create(null) as LayoutCache;
    layoutCaches.set(key, cache);
  }
  return cache;
}

// What pdfkit 0.20 exposes at run time but not in its types: the current font object (an EmbeddedFont here).
type DocInternals = { _font: { layoutCache?: LayoutCache } };

/** Registers the app's fonts on a new document under their FONTS names, parsed once per process. */
export function registerAppFonts(doc: Doc): void {
  for (const [key, font] of parsedFonts()) {
    // pdfkit's PDFFontFactory takes a fontkit font as it is (it checks for `layout`); its types only list bytes.
    doc.registerFont(FONTS[key].name, font as unknown as Buffer);
    doc.font(FONTS[key].name);
    const embedded = (doc as unknown as DocInternals)._font;
    // Only where pdfkit keeps a layout cache at all (the fontLayoutCache option), so a future pdfkit without one is
    // simply slower, never wrong.
    if (embedded.layoutCache) embedded.layoutCache = sharedLayoutCache(key);
  }
}
