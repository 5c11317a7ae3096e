import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Table, TableBody, TableHead, Th } from "@/components/ui/table";
import type { SystemCoverageDTO, UnitCoverageDTO } from "@/lib/dal/literacy/coverage";

// Coverage as tables: a figure per row, with "No one assigned" rather than a misleading 100 %.
function Bar({ trained, total }: { trained: number; total: number }) {
  const pct = total === 0 ? 0 : Math.round((100 * trained) / total);
  return (
    <div className="h-2 w-24 rounded bg-slate-200" aria-hidden="true">
      <div className="h-2 rounded bg-indigo-600" style={{ width: `${pct}%` }} />
    </div>
  );
}

type Translate = Awaited<ReturnType<typeof getTranslations<"LiteracyTables">>>;

// "3 of 4 trained (75%)", or that no one is assigned (lib/literacy/coverage's coverageLabel, in the reader's language).
function coverageText(t: Translate, c: { trained: number; total: number }): string {
  const percent = c.total === 0 ? 0 : Math.round((100 * c.trained) / c.total);
  return t("coverage", { trained: c.trained, total: c.total, percent });
}

export async function SystemCoverageTable({ rows, unassigned }: { rows: SystemCoverageDTO[]; unassigned: number }) {
  const t = await getTranslations("LiteracyTables");
  return (
    <div className="space-y-2">
      {rows.length === 0 ? (
        <p className="px-5 py-4 text-sm text-slate-600">{t("noOneAssignedSystems")}</p>
      ) : (
        <Table caption={t("bySystemCaption")}>
          <TableHead>
            <Th>{t("colSystem")}</Th>
            <Th>{t("colTrainedPeople")}</Th>
            <Th>
              <span className="sr-only">{t("colShare")}</span>
            </Th>
          </TableHead>
          <TableBody>
            {rows.map((r) => (
              <tr key={r.systemId}>
                <td className="px-3 py-2">
                  <Link className="text-indigo-700 underline" href={`/systems/${r.systemId}`}>
                    {r.name}
                  </Link>
                </td>
                <td className="px-3 py-2">{coverageText(t, r)}</td>
                <td className="px-3 py-2">
                  <Bar trained={r.trained} total={r.total} />
                </td>
              </tr>
            ))}
          </TableBody>
        </Table>
      )}
      {unassigned > 0 && <p className="px-5 pb-4 text-sm text-slate-600">{t("unassigned", { count: unassigned })}</p>}
    </div>
  );
}

export async function UnitCoverageTable({ rows }: { rows: UnitCoverageDTO[] }) {
  const t = await getTranslations("LiteracyTables");
  if (rows.length === 0) return <p className="px-5 py-4 text-sm text-slate-600">{t("noOneAssignedUnits")}</p>;
  return (
    <Table caption={t("byUnitCaption")}>
      <TableHead>
        <Th>{t("colUnit")}</Th>
        <Th>{t("colTrainedAssignments")}</Th>
        <Th>
          <span className="sr-only">{t("colShare")}</span>
        </Th>
      </TableHead>
      <TableBody>
        {rows.map((r) => (
          <tr key={r.unitId ?? "none"}>
            <td className="px-3 py-2">{r.name ?? t("noUnit")}</td>
            <td className="px-3 py-2">{coverageText(t, r)}</td>
            <td className="px-3 py-2">
              <Bar trained={r.trained} total={r.total} />
            </td>
          </tr>
        ))}
      </TableBody>
    </Table>
  );
}
