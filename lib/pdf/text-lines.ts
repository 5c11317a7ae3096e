import type { Doc } from "./context";

// pdfkit's own text method with a line callback: what heightOfString uses internally, here to collect the lines. The
// method is not in pdfkit's types.
type TextInternals = {
  _text(
    text: string,
    x: number,
    y: number,
    options: { width: number; lineGap: number; height: number },
    onLine: (line: string) => void,
  ): Doc;
};

// Breaking a paragraph into lines (Unicode line-break rules, one width per word) was a third of the time of a dossier
// with 300 obligations, and every table cell was broken twice: once to measure the row, once to draw it. Lines
// depend only on the font, size, width, gap and text, and obligation summaries recur from dossier to dossier, so
// they are remembered; bounded, since free text (names, notes) passes through here too.
const remembered = new Map<string, string[]>();
const MAX_REMEMBERED = 2_000;

/** The lines pdfkit's line breaker makes of `text` in the document's current font and size (`size` names it). */
export function wrappedLines(
  doc: Doc,
  fontName: string,
  size: number,
  text: string,
  width: number,
  lineGap: number,
): string[] {
  const id = `${fontName}|${size}|${width}|${lineGap}|${text}`;
  const known = remembered.get(id);
  if (known) return known;
  const { x, y } = doc;
  const lines: string[] = [];
  (doc as unknown as TextInternals)._text(text, x, y, { width, lineGap, height: Infinity }, (line) => {
    lines.push(line);
    doc.y += doc.currentLineHeight(true) + lineGap;
  });
  doc.x = x;
  doc.y = y;
  if (remembered.size >= MAX_REMEMBERED) remembered.clear();
  remembered.set(id, lines);
  return lines;
}

/** Height of those lines, exactly as pdfkit's heightOfString reports it. */
export function linesHeight(doc: Doc, lines: string[], lineGap: number): number {
  return lines.length * (doc.currentLineHeight(true) + lineGap);
}

/**
 * Draws lines made by wrappedLines where pdfkit's wrapped text would put them (left aligned, one line height plus
 * the gap apart), and leaves the cursor below the last one, as doc.text would. The caller makes sure they fit on the
 * page: nothing here moves to a new page.
 */
export function drawLines(doc: Doc, lines: string[], x: number, y: number, lineGap: number): void {
  let lineY = y;
  for (const line of lines) {
    doc.text(line, x, lineY, { lineBreak: false });
    lineY += doc.currentLineHeight(true) + lineGap;
  }
  doc.x = x;
  doc.y = lineY;
}
