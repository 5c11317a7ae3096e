import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Table, TableBody, TableHead, Th } from "@/components/ui/table";
import type { PolicyListItemDTO } from "@/lib/dal/policies/list";
import { formatDateIn } from "@/lib/i18n/format";
import type { PolicyStatusCode } from "@/lib/validations/policies";
import { getPolicyLabels } from "./policy-labels";

export const STATUS_TONES: Record<PolicyStatusCode, BadgeTone> = {
  DRAFT: "neutral",
  IN_APPROVAL: "amber",
  APPROVED: "blue",
  PUBLISHED: "green",
  RETIRED: "neutral",
};

export type PolicyRow = PolicyListItemDTO & { coverage: { acknowledged: number; total: number } | null };

// The organisation's policies: where each stands, and how many of its audience acknowledged the published version.
export async function PolicyList({ rows }: { rows: PolicyRow[] }) {
  const [t, labels, locale] = await Promise.all([getTranslations("Policies"), getPolicyLabels(), getLocale()]);
  if (rows.length === 0) return <p className="px-5 py-4 text-sm text-slate-600">{t("emptyList")}</p>;
  return (
    <Table caption={t("title")}>
      <TableHead>
        <Th>{t("colPolicy")}</Th>
        <Th>{t("colStatus")}</Th>
        <Th>{t("colPublished")}</Th>
        <Th>{t("colAcknowledged")}</Th>
        <Th>{t("colOwner")}</Th>
      </TableHead>
      <TableBody>
        {rows.map((p) => (
          <tr key={p.id}>
            {/* Wide enough on a phone that a title wraps once, not word by word; the table scrolls sideways. */}
            <td className="min-w-48 px-3 py-2">
              <Link className="font-medium text-indigo-700 underline" href={`/policies/${p.id}`}>
                {p.title}
              </Link>
              <div className="text-xs text-slate-600">{labels.kind(p.kind)}</div>
            </td>
            <td className="px-3 py-2">
              <Badge tone={STATUS_TONES[p.latest.status]}>
                {p.latest.number > 0 ? `v${p.latest.number} ` : ""}
                {labels.status(p.latest.status)}
              </Badge>
            </td>
            <td className="whitespace-nowrap px-3 py-2">
              {p.published
                ? t("publishedOn", { number: p.published.number, date: formatDateIn(locale, p.published.publishedAt) })
                : t("notYet")}
            </td>
            <td className="whitespace-nowrap px-3 py-2">{p.coverage ? labels.coverage(p.coverage) : "—"}</td>
            <td className="px-3 py-2">{p.ownerName ?? t("noOwner")}</td>
          </tr>
        ))}
      </TableBody>
    </Table>
  );
}
