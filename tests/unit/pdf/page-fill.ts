import { pdfWords } from "./pdf-text";

const MARGIN = { top: 64, bottom: 64 };
// The running header sits above the top margin and the footer below the bottom one: neither counts as content.
const FURNITURE = 50;

export type PageFill = {
  page: number;
  /** Share of the body height written to, from the top margin down to the lowest word. */
  fill: number;
  /** The page begins with a numbered section heading ("5. Annex IV …"). */
  startsSection: boolean;
};

/** How far down each page of a dossier the text goes, read back from the PDF with pdftotext. */
export async function pageFills(pdf: Buffer): Promise<PageFill[]> {
  const { pages, words } = await pdfWords(pdf);
  return pages.map(({ height }, i) => {
    const body = words.filter((w) => w.page === i + 1 && w.yMin > FURNITURE && w.yMax < height - FURNITURE);
    const lowest = Math.max(MARGIN.top, ...body.map((w) => w.yMax));
    const first = body.reduce<(typeof body)[number] | undefined>(
      (top, w) => (!top || w.yMin < top.yMin ? w : top),
      undefined,
    );
    return {
      page: i + 1,
      fill: (lowest - MARGIN.top) / (height - MARGIN.top - MARGIN.bottom),
      startsSection: !!first && /^\d+\.$/.test(first.text) && first.yMax - first.yMin > 14,
    };
  });
}

/**
 * Pages less than a fifth full, except the last page and the tail of a section that began on an earlier page and
 * is followed by a section on a new page. A short section alone on its own page is a near-empty page.
 */
export function nearlyEmptyPages(fills: PageFill[], minimum = 0.2): PageFill[] {
  return fills.filter((p, i) => {
    if (i === fills.length - 1 || p.fill >= minimum) return false;
    const tailOfSection = !p.startsSection && (fills[i + 1]?.startsSection ?? false);
    return !tailOfSection;
  });
}
