import { formatDate, formatDateTime } from "@/lib/utils";
import type { Ctx } from "../context";
import { drawSealedCover } from "../cover";
import { memberRoleLabel } from "../labels";
import { tierText } from "./classification-open";

// Page 1 of a system dossier: which system, which version, by whom, under which rule set, and the snapshot's fingerprint.
export function drawCover(ctx: Ctx): void {
  const { snapshot: s } = ctx;
  const classification = s.classification;
  const ruleSet = classification?.result.ruleSet;
  drawSealedCover(ctx, {
    kicker: "ACTLAS · EU AI ACT COMPLIANCE DOSSIER",
    title: s.system.name,
    subtitle: s.organization.name,
    rows: [
      ["Organisation", s.organization.name],
      ["AI system", s.system.name],
      ["Dossier version", `Version ${s.dossier.version}`],
      ["Date", `${formatDate(s.dossier.generatedAt)} (${formatDateTime(s.dossier.generatedAt)})`],
      ["Exported by", `${s.dossier.exportedBy.name} (${memberRoleLabel(s.dossier.exportedBy.role)})`],
      [
        "Rule-set version",
        ruleSet ? `${ruleSet.id}, in force from ${formatDate(ruleSet.effectiveFrom)}` : "Not classified yet",
      ],
      [
        "Classification",
        classification ? `${tierText(classification)} (run ${classification.runSequence})` : "Not classified yet",
      ],
    ],
    fingerprintNote:
      "Fingerprint of the data this dossier was made from. The fingerprint of this PDF file is recorded in Actlas; see “Sign-off and verification”.",
    sealNote:
      "This dossier is a sealed export: Actlas stores this exact file and the data behind it, unchanged, so that it can be shown again and verified later. Any change to the file, even of one byte, makes verification fail.",
  });
}
