import { ensureSpace, left, type BaseCtx } from "../context";

// Link targets inside a dossier (the gap summary on page 1 points at them), with the page each landed on so the
// summary can name it. Kept per document rather than on the shared layout context.
const pagesOf = new WeakMap<BaseCtx["doc"], Map<string, number>>();

/**
 * Marks the current position as `name`, keeping `room` points together with it (a heading and its first lines);
 * `above` lifts the target over a heading already drawn, so a link shows the heading too.
 */
export function anchor(ctx: BaseCtx, name: string, { room = 48, above = 0 } = {}): void {
  const { doc } = ctx;
  const pages = pagesOf.get(doc) ?? new Map<string, number>();
  pagesOf.set(doc, pages);
  if (pages.has(name)) return;
  ensureSpace(ctx, room);
  doc.addNamedDestination(name, "XYZ", left(ctx), Math.max(0, doc.y - above), null);
  const range = doc.bufferedPageRange();
  pages.set(name, range.start + range.count - 1);
}

/** The page index (0-based) an anchor landed on, once the sections are drawn. */
export const anchorPage = (ctx: BaseCtx, name: string): number | undefined => pagesOf.get(ctx.doc)?.get(name);
