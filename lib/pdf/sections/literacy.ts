import { createTranslator } from "use-intl/core";
import { MESSAGES } from "@/i18n/messages";
import { formatDateIn } from "@/lib/i18n/format";
import { font, gapBox, left, paragraph, startSection, subheading, contentWidth, type Ctx } from "../context";
import { literacyCoverage } from "../evidence-backing";
import type { DossierLearningItem, DossierLiteracy, DossierLiteracyPerson } from "../snapshot";
import { table, type Cell } from "../table";
import { COLORS, SIZES } from "../theme";

// Art 4: who operates or oversees the system, whether each is trained on the day of the dossier, with the training
// that shows it, and what they are meant to be trained with. An empty register is said in so many words: an auditor
// must not read the absence of a table as the absence of a problem.

type RowText = ReturnType<typeof rowText>;
const rowText = (ctx: Ctx) =>
  createTranslator({ locale: ctx.locale, messages: MESSAGES[ctx.locale], namespace: "DossierLiteracyRows" });

const ROLE_KEY = { OPERATOR: "roleOperator", OVERSIGHT: "roleOversight" } as const;
const KIND_KEY = {
  COURSE: "kindCourse",
  BRIEFING: "kindBriefing",
  DOCUMENT: "kindDocument",
  EXTERNAL_CERTIFICATE: "kindExternalCertificate",
} as const;
const STATUS: Record<DossierLiteracyPerson["status"], { key: "trained" | "expired" | "notTrained"; color: string }> = {
  TRAINED: { key: "trained", color: COLORS.okText },
  EXPIRED: { key: "expired", color: COLORS.badText },
  NOT_TRAINED: { key: "notTrained", color: COLORS.badText },
};
const word = <M extends Record<string, string>>(t: RowText, keys: M, code: string) =>
  Object.hasOwn(keys, code) ? t(keys[code as keyof M] as Parameters<RowText>[0]) : code;

function trainingText(ctx: Ctx, t: RowText, p: DossierLiteracyPerson): string {
  const training = p.training;
  if (!training) return t("noTraining");
  const day = (iso: string) => formatDateIn(ctx.locale, iso);
  const until = training.expiresOn
    ? p.status === "TRAINED"
      ? t("validUntil", { day: day(training.expiresOn) })
      : t("expiredOn", { day: day(training.expiresOn) })
    : t("doesNotExpire");
  return t("training", { item: training.item, completed: day(training.completedOn), until });
}

const personRow = (ctx: Ctx, t: RowText, p: DossierLiteracyPerson): Cell[] => [
  { text: p.name, sub: p.jobRole, fontKey: "bold" },
  p.roles.map((r) => word(t, ROLE_KEY, r)).join(", "),
  { text: t(STATUS[p.status].key), fontKey: "bold", color: STATUS[p.status].color },
  trainingText(ctx, t, p),
];

function meantFor(t: RowText, i: DossierLearningItem): string {
  if (i.scope === "ALL_SYSTEMS") return t("everySystem");
  if (i.scope === "SYSTEM") return t("thisSystem");
  return t("roleOnly");
}

const itemRow = (t: RowText, i: DossierLearningItem, people: number): Cell[] => [
  { text: i.title, sub: word(t, KIND_KEY, i.kind), fontKey: "bold" },
  {
    text: meantFor(t, i),
    sub: i.intendedRoles.length ? t("roles", { list: i.intendedRoles.join(", ") }) : undefined,
  },
  i.validityMonths === null ? t("noExpiry") : t("every", { months: i.validityMonths }),
  t("holders", { holders: String(i.currentHolders), people }),
];

/** "Coverage on 5 Dec 2026: 2 of 4 trained (50%); 1 expired, 1 not trained", or that no one is recorded. */
export function literacyCoverageLine(ctx: Ctx, literacy: DossierLiteracy): string {
  const t = rowText(ctx);
  const c = literacyCoverage(literacy);
  const day = formatDateIn(ctx.locale, literacy.asOf);
  if (c.total === 0) return t("coverageNone", { day });
  const untrained = c.total - c.trained - c.lapsed;
  const rest = [
    c.lapsed > 0 && t("restExpired", { count: c.lapsed }),
    untrained > 0 && t("restNotTrained", { count: untrained }),
  ].filter(Boolean);
  const coverage = t("coverage", {
    day,
    trained: c.trained,
    total: String(c.total),
    percent: String(Math.round((100 * c.trained) / c.total)),
  });
  return rest.length ? t("coverageRest", { coverage, rest: rest.join(", ") }) : coverage;
}

export function drawLiteracy(ctx: Ctx, literacy: DossierLiteracy): void {
  const t = createTranslator({ locale: ctx.locale, messages: MESSAGES[ctx.locale], namespace: "DossierLiteracy" });
  const rows = rowText(ctx);
  startSection(ctx, t("title"), { flow: true });
  paragraph(ctx, t("intro"), { color: COLORS.muted });
  font(ctx, "bold", SIZES.h2).text(literacyCoverageLine(ctx, literacy), left(ctx), ctx.doc.y, {
    width: contentWidth(ctx),
  });
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
      people.map((p) => personRow(ctx, rows, p)),
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
      items.map((i) => itemRow(rows, i, people.length)),
    );
}
