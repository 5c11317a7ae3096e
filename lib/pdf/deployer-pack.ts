import { missingItems, PACK_FILE_LABELS, type PackSnapshot } from "@/lib/deployer-pack/snapshot";
import { bullet, contentWidth, font, keyValues, left, paragraph, subheading, type BaseCtx } from "./context";
import { drawPageFurniture, openDocument } from "./document";
import { table, type Cell } from "./table";
import { COLORS, SIZES } from "./theme";

const sizeLabel = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} kB`;

/**
 * The deployer pack as a PDF for the provider's customers, from its snapshot (no database here); signed by the
 * caller. The files themselves are not embedded: each is listed with its SHA-256 so a customer can check the copy
 * they downloaded is the one the provider published.
 */
export function renderDeployerPack(pack: PackSnapshot): Promise<Buffer> {
  const { doc, done } = openDocument({
    Title: `Deployer pack — ${pack.systemName} (version ${pack.version})`,
    Author: pack.providerName,
    Subject: "Information for deployers under Regulation (EU) 2024/1689",
    CreationDate: new Date(pack.publishedAt),
  });
  const ctx: BaseCtx = { doc, toc: [], snapshotSha256: "" };
  font(ctx, "bold", SIZES.title, COLORS.accent).text("Deployer pack", left(ctx), doc.y, { width: contentWidth(ctx) });
  font(ctx, "regular", SIZES.h2, COLORS.muted).text(`${pack.systemName}, from ${pack.providerName}`, {
    width: contentWidth(ctx),
  });
  doc.moveDown(0.8);
  keyValues(ctx, [
    ["Provider", pack.providerName],
    ["AI system", pack.systemName],
    ["Pack version", String(pack.version)],
    ["Published", `${pack.publishedAt.slice(0, 16).replace("T", " ")} UTC`],
    ["Risk classification", pack.tier],
    ["Intended purpose", pack.intendedPurpose],
    ["EU database registration (Art 49, Art 71)", pack.registrationNumber],
    ["CE marking and notified body (Art 48)", pack.ceMarking],
  ]);
  subheading(ctx, "Reporting a serious incident (Art 73)");
  const contact = pack.incidentContact;
  paragraph(
    ctx,
    contact.email
      ? `Tell the provider at once about any serious incident you identify while using this system: ${[contact.name, contact.email].filter(Boolean).join(", ")}.`
      : "The provider has not given a contact for serious incidents yet.",
  );
  subheading(ctx, "Included files");
  if (pack.files.length === 0) paragraph(ctx, "No files are included in this version.");
  else
    table(
      ctx,
      [
        { header: "Document", width: 0.3 },
        { header: "File", width: 0.25 },
        { header: "SHA-256", width: 0.45 },
      ],
      pack.files.map((f): Cell[] => [
        { text: PACK_FILE_LABELS[f.kind], sub: f.title },
        { text: f.fileName, sub: sizeLabel(f.sizeBytes) },
        { text: f.sha256, fontKey: "mono" },
      ]),
      { size: SIZES.small },
    );
  const missing = missingItems(pack);
  if (missing.length > 0) {
    subheading(ctx, "Not included yet");
    for (const item of missing) bullet(ctx, item, COLORS.badText);
  }
  doc.moveDown(0.6);
  paragraph(
    ctx,
    "This PDF is signed by the provider. A file you received matches this pack when its SHA-256 equals the one listed above.",
    { color: COLORS.muted, size: SIZES.small },
  );
  drawPageFurniture(ctx, {
    headLeft: `Deployer pack — ${pack.systemName}`,
    headRight: pack.providerName,
    footLeft: `Version ${pack.version} · published ${pack.publishedAt.slice(0, 10)}`,
  });
  doc.end();
  return done;
}
