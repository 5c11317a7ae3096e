import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Table, TableBody, TableHead, Th } from "@/components/ui/table";
import type { OrgRiskList, OrgRiskRow } from "@/lib/dal/risks/portfolio";
import type { RiskLabels } from "@/lib/risks/labels";
import { formatDateIn } from "@/lib/i18n/format";
import { orgRisksHref, type OrgRiskQuery } from "@/lib/validations/risk-portfolio";
import { Rating } from "./risk-list";
import { useRiskWords } from "./risk-words";

type Props = { list: OrgRiskList; query: OrgRiskQuery; labels: RiskLabels; caption: string };

const riskHref = (r: OrgRiskRow) => `/systems/${r.systemId}/risks#risk-${r.id}`;

function Residual({ r, labels, notRated }: { r: OrgRiskRow; labels: RiskLabels; notRated: string }) {
  if (r.residualLikelihood == null || r.residualImpact == null)
    return <span className="whitespace-nowrap text-slate-600">{notRated}</span>;
  return <Rating likelihood={r.residualLikelihood} impact={r.residualImpact} labels={labels} />;
}

// Risks of every system: a table from md up, one card per risk below it (each width has exactly one list). Every
// risk links to its system's Risks tab, where it is edited.
export function OrgRiskTable({ list, query, labels, caption }: Props) {
  const t = useTranslations("OrgRiskTable");
  const words = useRiskWords();
  const locale = useLocale();
  const review = (r: OrgRiskRow) => (r.nextReviewDate ? formatDateIn(locale, new Date(r.nextReviewDate)) : "—");
  const notRated = t("notRated");
  const pageCount = Math.max(1, Math.ceil(list.total / list.pageSize));
  const pageOf = t("pageOf", { page: list.page, pages: pageCount });
  const pageCaption = `${caption}, ${pageOf}`;
  if (list.rows.length === 0)
    return (
      <p className="border-t border-slate-200 px-5 py-12 text-center text-sm text-slate-600">
        {list.total > 0 ? t("pastEnd") : t("emptyCell")}
      </p>
    );
  return (
    <>
      <Table caption={pageCaption} className="hidden md:block">
        <TableHead className="border-y font-normal">
          <Th className="px-4 font-medium">{t("risk")}</Th>
          <Th className="px-4 font-medium">{t("system")}</Th>
          <Th className="px-4 font-medium">{t("inherent")}</Th>
          <Th className="px-4 font-medium">{t("residual")}</Th>
          <Th className="px-4 font-medium">{t("status")}</Th>
          <Th className="px-4 font-medium">{t("owner")}</Th>
          <Th className="whitespace-nowrap px-4 font-medium">{t("nextReview")}</Th>
        </TableHead>
        <TableBody>
          {list.rows.map((r) => (
            <tr key={r.id} className="hover:bg-slate-50">
              <td className="min-w-48 px-4 py-3 align-top">
                <Link href={riskHref(r)} className="font-medium text-indigo-800 underline-offset-2 hover:underline">
                  {r.title}
                </Link>
              </td>
              <td className="px-4 py-3 align-top">
                <Link
                  href={`/systems/${r.systemId}/risks`}
                  className="text-slate-900 underline-offset-2 hover:underline"
                >
                  {r.systemName}
                </Link>
              </td>
              <td className="px-4 py-3 align-top">
                <Rating likelihood={r.likelihood} impact={r.impact} labels={labels} />
              </td>
              <td className="px-4 py-3 align-top">
                <Residual r={r} labels={labels} notRated={notRated} />
              </td>
              <td className="px-4 py-3 align-top">{words.status(r.status)}</td>
              <td className="px-4 py-3 align-top">
                {r.ownerName ?? <span className="text-slate-600">{t("unassigned")}</span>}
              </td>
              <td className="whitespace-nowrap px-4 py-3 align-top">{review(r)}</td>
            </tr>
          ))}
        </TableBody>
      </Table>
      <ul aria-label={pageCaption} className="divide-y divide-slate-100 border-t border-slate-200 md:hidden">
        {list.rows.map((r) => (
          <li key={r.id} className="space-y-2 px-5 py-4">
            <Link href={riskHref(r)} className="block font-medium text-indigo-800 underline-offset-2 hover:underline">
              {r.title}
            </Link>
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm">
              <dt className="text-slate-600">{t("system")}</dt>
              <dd className="min-w-0">
                <Link
                  href={`/systems/${r.systemId}/risks`}
                  className="text-slate-900 underline-offset-2 hover:underline"
                >
                  {r.systemName}
                </Link>
              </dd>
              <dt className="text-slate-600">{t("inherent")}</dt>
              <dd>
                <Rating likelihood={r.likelihood} impact={r.impact} labels={labels} />
              </dd>
              <dt className="text-slate-600">{t("residual")}</dt>
              <dd>
                <Residual r={r} labels={labels} notRated={notRated} />
              </dd>
              <dt className="text-slate-600">{t("status")}</dt>
              <dd>{words.status(r.status)}</dd>
              <dt className="text-slate-600">{t("owner")}</dt>
              <dd>{r.ownerName ?? <span className="text-slate-600">{t("unassigned")}</span>}</dd>
              <dt className="text-slate-600">{t("nextReview")}</dt>
              <dd>{review(r)}</dd>
            </dl>
          </li>
        ))}
      </ul>
      <nav
        aria-label={t("pagination")}
        className="flex flex-wrap items-center justify-between gap-3 border-t border-slate-200 px-5 py-3 text-sm text-slate-700"
      >
        <span>
          {t("count", { count: list.total })} · {pageOf}
        </span>
        <span className="flex gap-2">
          <PageLink href={orgRisksHref({ ...query, page: query.page - 1 })} disabled={query.page <= 1}>
            {t("previous")}
          </PageLink>
          <PageLink href={orgRisksHref({ ...query, page: query.page + 1 })} disabled={query.page >= pageCount}>
            {t("next")}
          </PageLink>
        </span>
      </nav>
    </>
  );
}

function PageLink({ href, disabled, children }: { href: string; disabled: boolean; children: ReactNode }) {
  if (disabled)
    return (
      <span aria-disabled="true" className="rounded-md border border-slate-200 px-3 py-1.5 text-slate-500">
        {children}
      </span>
    );
  return (
    <Link
      href={href}
      className="rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium text-slate-900 hover:bg-slate-50"
    >
      {children}
    </Link>
  );
}
