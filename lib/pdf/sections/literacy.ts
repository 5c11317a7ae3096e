import { createTranslator } from "use-intl/core";
import { MESSAGES } from "@/i18n/messages";
import { coverageLabel } from "@/lib/literacy/coverage";
import { countPhrase } from "@/lib/plural";
import { formatDate } from "@/lib/utils";
import { LEARNING_KINDS, OPERATOR_ROLES } from "@/lib/validations/literacy";
import { font, gapBox, left, paragraph, startSection, subheading, contentWidth, type Ctx } from "../context";
import { literacyCoverage } from "../evidence-backing";
import { label } from "../labels";
import type { DossierLearningItem, DossierLiteracy, DossierLiteracyPerson } from "../snapshot";
import { table, type Cell } from "../table";
import { COLORS, SIZES } from "../theme";

// Art 4: who operates or oversees the system, whether each is trained on the day of the dossier, with the training
// that shows it, and what they are meant to be trained with. An empty register is said in so many words: an auditor
// must not read the absence of a table as the absence of a problem.

const ROLE_WORDS: Record<string, string> = Object.fromEntries(OPERATOR_ROLES);
const KIND_WORDS: Record<string, string> = Object.fromEntries(LEARNING_KINDS);
const STATUS: Record<DossierLiteracyPerson["status"], { text: string; color: string }> = {
  TRAINED: { text: "Trained", color: COLORS.okText },
  EXPIRED: { text: "Expired", color: COLORS.badText },
  NOT_TRAINED: { text: "Not trained", color: COLORS.badText },
};

function trainingText(p: DossierLiteracyPerson): string {
  const t = p.training;
  if (!t) return "No training recorded for this system";
  const until = t.expiresOn
    ? `${p.status === "TRAINED" ? "valid until" : "expired"} ${formatDate(t.expiresOn)}`
    : "does not expire";
  return `${t.item}\ncompleted ${formatDate(t.completedOn)}, ${until}`;
}

const personRow = (p: DossierLiteracyPerson): Cell[] => [
  { text: p.name, sub: p.jobRole, fontKey: "bold" },
  p.roles.map((r) => label(ROLE_WORDS, r)).join(", "),
  { text: STATUS[p.status].text, fontKey: "bold", color: STATUS[p.status].color },
  trainingText(p),
];

function meantFor(i: DossierLearningItem): string {
  if (i.scope === "ALL_SYSTEMS") return "Every AI system";
  if (i.scope === "SYSTEM") return "This system";
  return "Their role only: does not count towards this system's coverage";
}

const itemRow = (i: DossierLearningItem, people: number): Cell[] => [
  { text: i.title, sub: label(KIND_WORDS, i.kind), fontKey: "bold" },
  { text: meantFor(i), sub: i.intendedRoles.length ? `Roles: ${i.intendedRoles.join(", ")}` : undefined },
  i.validityMonths === null ? "Does not expire" : `Every ${countPhrase(i.validityMonths, "month")}`,
  `${i.currentHolders} of ${countPhrase(people, "person", "people")}`,
];

/** "Coverage on 5 Dec 2026: 2 of 4 trained (50%); 1 expired, 1 not trained", or that no one is recorded. */
export function literacyCoverageLine(literacy: DossierLiteracy): string {
  const c = literacyCoverage(literacy);
  if (c.total === 0) return `Coverage on ${formatDate(literacy.asOf)}: no one recorded`;
  const untrained = c.total - c.trained - c.lapsed;
  const rest = [c.lapsed > 0 && `${c.lapsed} expired`, untrained > 0 && `${untrained} not trained`].filter(Boolean);
  return `Coverage on ${formatDate(literacy.asOf)}: ${coverageLabel(c)}${rest.length ? `; ${rest.join(", ")}` : ""}`;
}

export function drawLiteracy(ctx: Ctx, literacy: DossierLiteracy): void {
  const t = createTranslator({ locale: ctx.locale, messages: MESSAGES[ctx.locale], namespace: "DossierLiteracy" });
  startSection(ctx, t("title"), { flow: true });
  paragraph(ctx, t("intro"), { color: COLORS.muted });
  font(ctx, "bold", SIZES.h2).text(literacyCoverageLine(literacy), left(ctx), ctx.doc.y, { width: contentWidth(ctx) });
  ctx.doc.moveDown(0.5);
  const { people, items } = literacy;
  if (people.length === 0) gapBox(ctx, t("noPeopleTitle"), t("noPeopleText"));
  else {
    subheading(ctx, t("peopleHeading"));
    table(
      ctx,
      [
        { header: t("person"), width: 0.28 },
        { header: t("role"), width: 0.16 },
        { header: t("status"), width: 0.14 },
        { header: t("training"), width: 0.42 },
      ],
      people.map(personRow),
    );
  }
  subheading(ctx, t("itemsHeading"));
  if (items.length === 0) paragraph(ctx, t("noItems"));
  else
    table(
      ctx,
      [
        { header: t("learningItem"), width: 0.3 },
        { header: t("meantFor"), width: 0.32 },
        { header: t("refresher"), width: 0.16 },
        { header: t("holders"), width: 0.22 },
      ],
      items.map((i) => itemRow(i, people.length)),
    );
}
