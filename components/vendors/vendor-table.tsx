import Link from "next/link";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableHead, Th } from "@/components/ui/table";
import type { VendorListDTO } from "@/lib/dal/vendors/vendors";

// The register at a glance: who each vendor is, what they supply and what they still owe.
export function VendorTable({ vendors }: { vendors: VendorListDTO[] }) {
  const t = useTranslations("VendorTable");
  if (vendors.length === 0) {
    return <p className="px-5 py-4 text-sm text-slate-600">{t("empty")}</p>;
  }
  return (
    <Table caption={t("caption")}>
      <TableHead>
        <Th>{t("vendor")}</Th>
        <Th>{t("contact")}</Th>
        <Th>{t("supplies")}</Th>
        <Th>{t("owes")}</Th>
      </TableHead>
      <TableBody>
        {vendors.map((v) => (
          <tr key={v.id} className="align-top">
            <Th scope="row" className="font-medium">
              <Link href={`/vendors/${v.id}`} className="text-indigo-700 underline underline-offset-2">
                {v.name}
              </Link>
            </Th>
            <td className="px-3 py-2.5 text-slate-700">
              {v.contactName || v.contactEmail ? (
                <>
                  {v.contactName && <span className="block">{v.contactName}</span>}
                  {v.contactEmail && <span className="block break-all text-slate-600">{v.contactEmail}</span>}
                </>
              ) : (
                "—"
              )}
            </td>
            <td className="whitespace-nowrap px-3 py-2.5 text-slate-700">
              {t("suppliesCount", { systems: v.systems, models: v.models })}
            </td>
            <td className="px-3 py-2.5 text-slate-700">
              {v.owed.length === 0 ? (
                <span className="text-slate-600">{t("nothingOpen")}</span>
              ) : (
                <span className="flex flex-wrap items-center gap-1.5">
                  {v.overdue > 0 && <Badge tone="red">{t("overdue", { count: v.overdue })}</Badge>}
                  <span>{v.owed.join(", ")}</span>
                </span>
              )}
            </td>
          </tr>
        ))}
      </TableBody>
    </Table>
  );
}
