import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Table, TableBody, TableHead, Th } from "@/components/ui/table";
import type { BomAction, BomImportResult } from "@/lib/bom/diff";

const ACTION = {
  create: { label: "actionCreate", tone: "green" },
  update: { label: "actionUpdate", tone: "blue" },
  unchanged: { label: "actionUnchanged", tone: "neutral" },
} as const satisfies Record<BomAction, { label: string; tone: BadgeTone }>;

// One row per record the file touches, in the order a reader checks them: the system, then what hangs off it.
export function BomDiffTable({ result }: { result: BomImportResult }) {
  const t = useTranslations("BomImport");
  const rows = [
    { kind: t("kindSystem"), ...result.system },
    ...result.models.map((c) => ({ kind: t("kindModel"), ...c })),
    ...result.versions.map((c) => ({ kind: t("kindVersion"), ...c })),
    ...result.datasets.map((c) => ({ kind: t("kindDataset"), ...c })),
    ...result.links.map((c) => ({ kind: t("kindLink"), ...c })),
  ];
  const spec = { format: result.format, version: result.specVersion };
  return (
    <Table caption={result.applied ? t("didCaption", spec) : t("willCaption", spec)} showCaption>
      <TableHead>
        <Th className="w-40">{t("record")}</Th>
        <Th>{t("name")}</Th>
        <Th className="w-28">{t("change")}</Th>
      </TableHead>
      <TableBody>
        {rows.map((row, i) => (
          <tr key={`${row.kind}-${row.name}-${i}`}>
            <td className="px-3 py-2 align-top text-sm text-slate-700">{row.kind}</td>
            <td className="min-w-36 px-3 py-2 align-top text-sm break-words text-slate-900">{row.name}</td>
            <td className="px-3 py-2 align-top text-sm">
              <Badge tone={ACTION[row.action].tone}>{t(ACTION[row.action].label)}</Badge>
            </td>
          </tr>
        ))}
      </TableBody>
    </Table>
  );
}
