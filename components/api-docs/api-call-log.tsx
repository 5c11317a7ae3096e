import { useLocale, useTranslations } from "next-intl";
import { Table, TableBody, TableHead, Th } from "@/components/ui/table";
import type { ApiCallDTO } from "@/lib/dal/integrations/api-tokens";
import { formatDateTimeIn } from "@/lib/i18n/format";

// What the organisation's tokens did recently: every call, reads and refusals included.
export function ApiCallLog({ calls }: { calls: ApiCallDTO[] }) {
  const t = useTranslations("ApiCallLog");
  const locale = useLocale();
  if (calls.length === 0) return <p className="px-6 py-4 text-sm text-slate-600">{t("none")}</p>;
  return (
    <Table caption={t("caption", { count: calls.length })}>
      <TableHead className="bg-transparent text-sm font-normal normal-case tracking-normal">
        <Th className="px-6 py-2 font-medium">{t("when")}</Th>
        <Th className="py-2 font-medium">{t("token")}</Th>
        <Th className="py-2 font-medium">{t("call")}</Th>
        <Th className="py-2 font-medium">{t("answer")}</Th>
      </TableHead>
      <TableBody>
        {calls.map((c, i) => (
          <tr key={i}>
            <td className="whitespace-nowrap px-6 py-2 text-slate-700">{formatDateTimeIn(locale, c.createdAt)}</td>
            <td className="px-3 py-2 text-slate-900">{c.tokenName}</td>
            <td className="px-3 py-2 font-mono text-xs text-slate-800">
              {c.method} {c.path}
            </td>
            <td className="whitespace-nowrap px-3 py-2 text-slate-700">
              {c.status} · {c.durationMs} ms
            </td>
          </tr>
        ))}
      </TableBody>
    </Table>
  );
}
