import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableHead, Th } from "@/components/ui/table";
import type { PolicyVersionDTO } from "@/lib/dal/policies/policies";
import { formatDateIn } from "@/lib/i18n/format";
import { getPolicyLabels } from "./policy-labels";
import { STATUS_TONES } from "./policy-list";

// Each version that was published links to its signed PDF (drafts have none: they were never the policy).
export async function VersionHistory({ policyId, versions }: { policyId: string; versions: PolicyVersionDTO[] }) {
  const [t, labels, locale] = await Promise.all([getTranslations("PolicyPage"), getPolicyLabels(), getLocale()]);
  return (
    <Table caption={t("historyCaption")}>
      <TableHead>
        <Th>{t("colVersion")}</Th>
        <Th>{t("colStatus")}</Th>
        <Th>{t("colApproved")}</Th>
        <Th>{t("colPublished")}</Th>
        <Th>{t("colChange")}</Th>
      </TableHead>
      <TableBody>
        {versions.map((v) => (
          <tr key={v.id}>
            <td className="px-3 py-2">{v.number}</td>
            <td className="px-3 py-2">
              <Badge tone={STATUS_TONES[v.status]}>{labels.status(v.status)}</Badge>
            </td>
            <td className="whitespace-nowrap px-3 py-2">
              {v.approvedAt ? `${formatDateIn(locale, v.approvedAt)}, ${v.approvedByLabel}` : "—"}
            </td>
            <td className="whitespace-nowrap px-3 py-2">
              {v.publishedAt ? (
                <>
                  {formatDateIn(locale, v.publishedAt)} ·{" "}
                  <a
                    href={`/policies/${policyId}/pdf?version=${v.number}`}
                    download
                    className="text-indigo-700 underline"
                  >
                    PDF<span className="sr-only">{t("pdfOfVersion", { number: v.number })}</span>
                  </a>
                </>
              ) : (
                "—"
              )}
            </td>
            <td className="px-3 py-2">{v.changeNote || "—"}</td>
          </tr>
        ))}
      </TableBody>
    </Table>
  );
}
