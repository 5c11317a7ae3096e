import { contentWidth, font, keyValues, left, paragraph, subheading, type BaseCtx } from "../context";
import { drawPageFurniture, openDocument } from "../document";
import { table, type Cell } from "../table";
import { COLORS, SIZES } from "../theme";
import { coverageLabel, type Coverage } from "@/lib/literacy/coverage";
import { registerStatus, type RegisterRow } from "@/lib/literacy/register";

export type LiteracyRegisterPdfData = {
  organizationName: string;
  generatedAt: string;
  rows: RegisterRow[];
  systems: (Coverage & { name: string })[];
  unassignedSystems: number;
  units: (Coverage & { name: string | null })[];
};

const statusCell = (r: RegisterRow): Exclude<Cell, string> => ({
  text: registerStatus(r),
  fontKey: "bold",
  color: r.item && r.current ? COLORS.okText : COLORS.badText,
});

/** The Art 4 register for an auditor, from rows the data layer computed (no database here); signed by the caller. */
export function renderLiteracyRegister(data: LiteracyRegisterPdfData): Promise<Buffer> {
  const { doc, done } = openDocument({
    Title: `AI-literacy register (Art 4) — ${data.organizationName}`,
    Author: data.organizationName,
    Subject: "AI-literacy register under Article 4 of Regulation (EU) 2024/1689",
    CreationDate: new Date(data.generatedAt),
  });
  const ctx: BaseCtx = { doc, toc: [], snapshotSha256: "" };
  font(ctx, "bold", SIZES.title, COLORS.accent).text("AI-literacy register", left(ctx), doc.y, {
    width: contentWidth(ctx),
  });
  font(ctx, "regular", SIZES.h2, COLORS.muted).text("Article 4, Regulation (EU) 2024/1689", {
    width: contentWidth(ctx),
  });
  doc.moveDown(0.8);
  const people = new Set(data.rows.map((r) => r.email)).size;
  const all = data.systems.reduce((a, s) => ({ trained: a.trained + s.trained, total: a.total + s.total }), {
    trained: 0,
    total: 0,
  });
  keyValues(ctx, [
    ["Organisation", data.organizationName],
    ["Generated", `${data.generatedAt.slice(0, 16).replace("T", " ")} UTC`],
    ["People in the register", String(people)],
    ["Operators and overseers trained", coverageLabel(all)],
    ["AI systems with no one assigned", String(data.unassignedSystems)],
  ]);
  paragraph(
    ctx,
    "A person counts as trained for an AI system when they hold a training, not expired on the day of this register (the expiry day included), of a learning item meant for that system or for every system. Expiry follows each item's refresher cycle.",
    { color: COLORS.muted, size: SIZES.small },
  );
  subheading(ctx, "Coverage by AI system");
  if (data.systems.length === 0) paragraph(ctx, "No one is assigned to operate or oversee an AI system yet.");
  else
    table(
      ctx,
      [
        { header: "AI system", width: 0.6 },
        { header: "Trained operators and overseers", width: 0.4 },
      ],
      data.systems.map((s): Cell[] => [s.name, coverageLabel(s)]),
      { size: SIZES.small },
    );
  subheading(ctx, "Coverage by business unit");
  if (data.units.length === 0) paragraph(ctx, "No one assigned yet, so no unit has anyone to train.");
  else
    table(
      ctx,
      [
        { header: "Business unit", width: 0.6 },
        { header: "Trained assignments", width: 0.4 },
      ],
      data.units.map((u): Cell[] => [u.name ?? "No unit", coverageLabel(u)]),
      { size: SIZES.small },
    );
  subheading(ctx, "Trainings by person");
  if (data.rows.length === 0) paragraph(ctx, "No one is in the register yet.");
  else
    table(
      ctx,
      [
        { header: "Person", width: 0.19 },
        { header: "Unit and role", width: 0.15 },
        { header: "Learning item", width: 0.18 },
        { header: "Completed", width: 0.13 },
        { header: "Expires", width: 0.13 },
        { header: "Status and evidence", width: 0.22 },
      ],
      data.rows.map((r): Cell[] => [
        { text: r.person, sub: r.email },
        { text: r.unit ?? "No unit", sub: r.jobRole || undefined },
        r.item ?? "—",
        r.completedOn ?? "—",
        r.item ? (r.expiresOn ?? "Never") : "—",
        {
          ...statusCell(r),
          sub:
            [r.evidenceNote, r.evidenceUrl, r.evidenceFile && `File: ${r.evidenceFile.fileName}`]
              .filter(Boolean)
              .join(" · ") || undefined,
        },
      ]),
      { size: SIZES.small },
    );
  drawPageFurniture(ctx, {
    headLeft: "AI-literacy register (Art 4)",
    headRight: data.organizationName,
    footLeft: `${data.organizationName} · generated ${data.generatedAt.slice(0, 10)}`,
  });
  doc.end();
  return done;
}
