import type { Art5PointId } from "../../data/types";
import { note, type Ctx } from "../context";

/** Records an Art 5 practice; the ban's own application date decides `appliesNow`. */
export function prohibit(ctx: Ctx, id: Art5PointId, reason: string): void {
  const point = ctx.rs.art5[id];
  const appliesFrom = ctx.rs.dates[point.appliesFrom];
  ctx.prohibited.push({ point: `5(1)(${id})`, appliesFrom, appliesNow: appliesFrom <= ctx.asOf });
  const timing =
    appliesFrom <= ctx.asOf
      ? ""
      : ` The ban applies from ${appliesFrom}; until then the practice is not yet prohibited.`;
  note(ctx, "prohibited", `prohibited.${id}`, "applies", reason + timing, point.citation);
}
