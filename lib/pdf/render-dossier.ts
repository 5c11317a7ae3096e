import { canonicalJson } from "@/lib/canonical-json";
import { sha256Hex } from "@/lib/crypto";
import type { Ctx } from "./context";
import { drawPageFurniture, openDocument } from "./document";
import { documentationDuties } from "./requirements";
import { drawAnnexIv } from "./sections/annex-iv";
import { drawAuditExcerpt } from "./sections/audit";
import { drawClassification } from "./sections/classification";
import { drawContents } from "./sections/contents";
import { drawCover } from "./sections/cover";
import { drawDescription } from "./sections/description";
import { drawEvidenceIndex } from "./sections/evidence";
import { drawObligations } from "./sections/obligations";
import { drawDerogation, drawFria } from "./sections/records";
import { drawSignOff } from "./sections/sign-off";
import type { DossierSnapshot } from "./snapshot";

export function snapshotSha256(snapshot: DossierSnapshot): string {
  return sha256Hex(canonicalJson(snapshot));
}

/**
 * Renders a dossier from its snapshot alone (no database), so a stored snapshot can be rendered again. The output is
 * deterministic: the creation date comes from the snapshot and pdfkit derives the file id from the metadata. A caller
 * that has just hashed the snapshot passes its hash along.
 */
export function renderDossier(snapshot: DossierSnapshot, sha256: string = snapshotSha256(snapshot)): Promise<Buffer> {
  const { doc, done } = openDocument({
    Title: `${snapshot.system.name}: AI Act dossier v${snapshot.dossier.version}`,
    Author: snapshot.organization.name,
    Subject: "EU AI Act compliance dossier",
    CreationDate: new Date(snapshot.dossier.generatedAt),
  });
  const ctx: Ctx = { doc, snapshot, snapshotSha256: sha256, toc: [] };
  drawCover(ctx);
  doc.addPage();
  const contentsPage = 1;
  drawDescription(ctx);
  drawClassification(ctx);
  drawObligations(ctx);
  drawEvidenceIndex(ctx);
  const duties = documentationDuties(snapshot.classification);
  if (duties.annexIv) drawAnnexIv(ctx);
  if (duties.derogation) drawDerogation(ctx);
  if (duties.fria) drawFria(ctx);
  drawAuditExcerpt(ctx);
  drawSignOff(ctx);
  drawContents(ctx, contentsPage);
  drawPageFurniture(ctx, {
    headLeft: `${snapshot.organization.name} · ${snapshot.system.name}`,
    headRight: `Dossier version ${snapshot.dossier.version} · ${snapshot.dossier.generatedAt.slice(0, 10)}`,
    footLeft: `Actlas sealed dossier · snapshot SHA-256 ${ctx.snapshotSha256.slice(0, 16)}…`,
  });
  doc.end();
  return done;
}
