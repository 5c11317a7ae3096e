import { contentWidth, font, left, type BaseCtx } from "../context";
import { COLORS, SIZES } from "../theme";

export const CONTENTS_TITLE = "Contents";

// Written last, onto the page reserved for it, once every section knows the page it starts on. Each line links to
// its section.
export function drawContents(ctx: BaseCtx, pageIndex: number, heading: string = CONTENTS_TITLE): void {
  const { doc } = ctx;
  doc.switchToPage(pageIndex);
  const x = left(ctx);
  const width = contentWidth(ctx);
  font(ctx, "bold", SIZES.h1, COLORS.accent).text(heading, x, doc.page.margins.top, { width });
  let y = doc.y + 16;
  for (const [i, entry] of ctx.toc.entries()) {
    const title = `${i + 1}. ${entry.title}`;
    const page = String(entry.pageIndex + 1);
    font(ctx, "regular", 11, COLORS.text);
    const titleWidth = doc.widthOfString(title);
    const pageWidth = doc.widthOfString(page);
    doc.text(title, x, y, { lineBreak: false, goTo: entry.destination });
    doc.text(page, x + width - pageWidth, y, { lineBreak: false, goTo: entry.destination });
    const leaderStart = x + titleWidth + 6;
    const leaderEnd = x + width - pageWidth - 6;
    if (leaderEnd > leaderStart) {
      doc
        .moveTo(leaderStart, y + 10)
        .lineTo(leaderEnd, y + 10)
        .dash(1, { space: 3 })
        .lineWidth(0.75)
        .strokeColor(COLORS.rule)
        .stroke()
        .undash();
    }
    y += 24;
  }
}
