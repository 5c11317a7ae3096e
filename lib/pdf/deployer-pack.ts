import { createTranslator } from "use-intl/core";
import { MESSAGES } from "@/i18n/messages";
import { missingItemCodes, storedTier, type PackSnapshot } from "@/lib/deployer-pack/snapshot";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { bullet, contentWidth, font, keyValues, left, paragraph, subheading, type BaseCtx } from "./context";
import { drawPageFurniture, openDocument } from "./document";
import { dossierLabels } from "./labels";
import { table, type Cell } from "./table";
import { COLORS, SIZES } from "./theme";
import { MISSING_ITEM_KEYS, PACK_FILE_KEYS } from "@/lib/deployer-pack/item-keys";

const sizeLabel = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} kB`;

// A known wording of the stored tier in the PDF's language, anything else as it is.
function tierIn(locale: Locale, tier: string, notClassified: string): string {
  const code = storedTier(tier);
  if (code === "unclassified") return notClassified;
  return code ? dossierLabels(locale).tier(code) : tier;
}

/**
 * The deployer pack as a PDF for the provider's customers, from its snapshot (no database here), in `locale`; signed
 * by the caller. The files themselves are not embedded: each is listed with its SHA-256 so a customer can check the
 * copy they downloaded is the one the provider published.
 */
export function renderDeployerPack(pack: PackSnapshot, locale: Locale = DEFAULT_LOCALE): Promise<Buffer> {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: "DeployerPackPdf" });
  const version = String(pack.version);
  const { doc, done } = openDocument(
    {
      Title: t("metaTitle", { system: pack.systemName, version }),
      Author: pack.providerName,
      Subject: t("metaSubject"),
      CreationDate: new Date(pack.publishedAt),
    },
    locale,
  );
  const ctx: BaseCtx = { doc, toc: [], snapshotSha256: "" };
  font(ctx, "bold", SIZES.title, COLORS.accent).text(t("title"), left(ctx), doc.y, { width: contentWidth(ctx) });
  font(ctx, "regular", SIZES.h2, COLORS.muted).text(
    t("subtitle", { system: pack.systemName, provider: pack.providerName }),
    { width: contentWidth(ctx) },
  );
  doc.moveDown(0.8);
  keyValues(ctx, [
    [t("provider"), pack.providerName],
    [t("aiSystem"), pack.systemName],
    [t("packVersion"), version],
    [t("published"), `${pack.publishedAt.slice(0, 16).replace("T", " ")} UTC`],
    [t("classification"), tierIn(locale, pack.tier, t("notClassified"))],
    [t("intendedPurpose"), pack.intendedPurpose],
    [t("registration"), pack.registrationNumber],
    [t("ceMarking"), pack.ceMarking],
  ]);
  subheading(ctx, t("incidentHeading"));
  const contact = pack.incidentContact;
  paragraph(
    ctx,
    contact.email
      ? t("incidentContact", { contact: [contact.name, contact.email].filter(Boolean).join(", ") })
      : t("noIncidentContact"),
  );
  subheading(ctx, t("filesHeading"));
  if (pack.files.length === 0) paragraph(ctx, t("noFiles"));
  else
    table(
      ctx,
      [
        { header: t("document"), width: 0.3 },
        { header: t("file"), width: 0.25 },
        { header: "SHA-256", width: 0.45 },
      ],
      pack.files.map((f): Cell[] => [
        { text: t(PACK_FILE_KEYS[f.kind]), sub: f.title },
        { text: f.fileName, sub: sizeLabel(f.sizeBytes) },
        { text: f.sha256, fontKey: "mono" },
      ]),
      { size: SIZES.small },
    );
  const missing = missingItemCodes(pack);
  if (missing.length > 0) {
    subheading(ctx, t("missingHeading"));
    for (const item of missing) bullet(ctx, t(MISSING_ITEM_KEYS[item]), COLORS.badText);
  }
  doc.moveDown(0.6);
  paragraph(ctx, t("signedNote"), { color: COLORS.muted, size: SIZES.small });
  drawPageFurniture(ctx, {
    headLeft: t("headLeft", { system: pack.systemName }),
    headRight: pack.providerName,
    footLeft: t("footLeft", { version, date: pack.publishedAt.slice(0, 10) }),
    pageOf: (page, count) => t("pageOf", { page: String(page), count: String(count) }),
  });
  doc.end();
  return done;
}
