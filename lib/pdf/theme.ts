import path from "node:path";

// DejaVu covers Latin Extended, Greek and Cyrillic, i.e. every official EU language; pdfkit's built-in fonts are
// Latin-1 only and would drop letters such as "ł" or "ş" from names. The files come from npm, so a fresh machine
// has them; the path is resolved from the project root, which is the working directory of the server and the tests.
const FONT_DIR = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");

export const FONTS = {
  regular: { name: "Sans", file: path.join(FONT_DIR, "DejaVuSans.ttf") },
  bold: { name: "Sans-Bold", file: path.join(FONT_DIR, "DejaVuSans-Bold.ttf") },
  italic: { name: "Sans-Oblique", file: path.join(FONT_DIR, "DejaVuSans-Oblique.ttf") },
  mono: { name: "Mono", file: path.join(FONT_DIR, "DejaVuSansMono.ttf") },
} as const;

export type FontKey = keyof typeof FONTS;

// The app's slate/indigo palette; body text on white stays well above 4.5:1 contrast when printed or on screen.
export const COLORS = {
  text: "#0f172a",
  muted: "#475569",
  faint: "#64748b",
  accent: "#3730a3",
  rule: "#cbd5e1",
  zebra: "#f1f5f9",
  headerFill: "#e0e7ff",
  gapFill: "#fffbeb",
  gapBorder: "#d97706",
  gapText: "#78350f",
  okText: "#065f46",
  badText: "#991b1b",
} as const;

export const SIZES = { title: 24, h1: 17, h2: 12, body: 9.5, small: 8, tiny: 7 } as const;

// A4 portrait; the top and bottom margins leave room for the running header and footer.
export const PAGE = { size: "A4" as const, margins: { top: 64, bottom: 64, left: 56, right: 56 } };
