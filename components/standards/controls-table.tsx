import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Table, TableBody, TableHead, Th } from "@/components/ui/table";
import type { FrameworkId } from "@/lib/standards";
import type { ControlCoverage } from "@/lib/standards/coverage";
import type { Locale } from "@/lib/i18n/locales";
import { controlGroupIn, controlTitleIn } from "@/lib/standards/i18n";
import { targetLabelIn, targetShortIn } from "@/lib/standards/i18n/details";
import { StatusBadge } from "./status";

export type SoaCell = { applicable: boolean; justification: string } | null;
type Props = {
  framework: FrameworkId;
  caption: string;
  controls: ControlCoverage[];
  soa: Map<string, SoaCell> | null;
  hrefOf: (controlId: string) => string;
};

// The controls of one framework, grouped as the standard groups them: a table from tablet width, cards on a phone.
// Each control id opens its detail (coverage per record, the duties behind it and, for ISO/IEC 42001, its Statement
// of Applicability decision).
export function ControlsTable(props: Props) {
  return (
    <>
      <div className="hidden md:block">
        <WideTable {...props} />
      </div>
      <ControlCards {...props} />
    </>
  );
}

async function Applicability({ decision }: { decision: SoaCell | undefined }) {
  const t = await getTranslations("StandardsFramework");
  if (!decision) return <span className="text-slate-600">{t("includedNotReviewed")}</span>;
  if (decision.applicable) return <>{t("included")}</>;
  return (
    <>
      <span className="font-medium text-violet-900">{t("excluded")}</span>
      <span className="mt-0.5 block line-clamp-3 text-xs text-slate-600">{decision.justification}</span>
    </>
  );
}

function Coverage({ c, locale }: { c: ControlCoverage; locale: Locale }) {
  return (
    <>
      <StatusBadge status={c.status} />
      {c.targets.length > 0 && c.status !== "excluded" && (
        <ul className="mt-1 space-y-0.5 text-xs text-slate-600">
          {c.targets.map((t, i) => (
            <li key={i}>{targetShortIn(locale, t)}</li>
          ))}
        </ul>
      )}
    </>
  );
}

const evidencedBy = (locale: Locale, c: ControlCoverage, notCovered: string) =>
  c.control.maps.length ? c.control.maps.map((t) => targetLabelIn(locale, t)).join("; ") : notCovered;

async function ControlLink({ id, href }: { id: string; href: string }) {
  const t = await getTranslations("StandardsFramework");
  return (
    <Link
      href={href}
      className="font-mono font-semibold whitespace-nowrap text-indigo-700 underline underline-offset-2"
      aria-label={t("details", { id })}
    >
      {id}
    </Link>
  );
}

async function WideTable(props: Props) {
  const [t, locale] = await Promise.all([getTranslations("StandardsFramework"), getLocale()]);
  const columns = props.soa ? 5 : 4;
  // Grouped by the English group, which is the same in every language; each group is named in the reader's.
  const groups = [...new Map(props.controls.map((c) => [c.control.group, c.control])).values()];
  return (
    <Table caption={props.caption} tableClassName="min-w-[44rem]">
      <TableHead>
        <Th className="w-28">{t("colControl")}</Th>
        <Th>{t("colTitle")}</Th>
        <Th className="w-56">{t("colCoverage")}</Th>
        <Th>{t("colEvidencedBy")}</Th>
        {props.soa && <Th className="w-40">{t("colApplicability")}</Th>}
      </TableHead>
      {groups.map((group) => (
        <TableBody key={group.group}>
          <tr className="bg-slate-50/70">
            <Th scope="colgroup" colSpan={columns} className="py-1.5 text-xs font-semibold text-slate-700">
              {controlGroupIn(locale, props.framework, group)}
            </Th>
          </tr>
          {props.controls
            .filter((c) => c.control.group === group.group)
            .map((c) => (
              <tr key={c.control.id} className="align-top">
                <Th scope="row" className="text-sm">
                  <ControlLink id={c.control.id} href={props.hrefOf(c.control.id)} />
                </Th>
                <td className="px-3 py-2.5 text-slate-900">{controlTitleIn(locale, props.framework, c.control)}</td>
                <td className="px-3 py-2.5">
                  <Coverage c={c} locale={locale} />
                </td>
                <td className="px-3 py-2.5 text-xs text-slate-600">{evidencedBy(locale, c, t("notCovered"))}</td>
                {props.soa && (
                  <td className="px-3 py-2.5 text-sm">
                    <Applicability decision={props.soa.get(c.control.id)} />
                  </td>
                )}
              </tr>
            ))}
        </TableBody>
      ))}
    </Table>
  );
}

async function ControlCards(props: Props) {
  const [t, locale] = await Promise.all([getTranslations("StandardsFramework"), getLocale()]);
  return (
    <ul aria-label={props.caption} className="space-y-3 md:hidden">
      {props.controls.map((c) => (
        <li key={c.control.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <p className="text-xs text-slate-600">{controlGroupIn(locale, props.framework, c.control)}</p>
          <p className="mt-0.5 text-sm text-slate-900">
            <ControlLink id={c.control.id} href={props.hrefOf(c.control.id)} />{" "}
            {controlTitleIn(locale, props.framework, c.control)}
          </p>
          <div className="mt-2">
            <Coverage c={c} locale={locale} />
          </div>
          {props.soa && (
            <p className="mt-2 text-sm">
              <span className="text-slate-600">{t("applicability")} </span>
              <Applicability decision={props.soa.get(c.control.id)} />
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
