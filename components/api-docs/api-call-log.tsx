import { Table, TableBody, TableHead, Th } from "@/components/ui/table";
import type { ApiCallDTO } from "@/lib/dal/integrations/api-tokens";
import { formatDateTime } from "@/lib/utils";

// What the organisation's tokens did recently: every call, reads and refusals included.
export function ApiCallLog({ calls }: { calls: ApiCallDTO[] }) {
  if (calls.length === 0) return <p className="px-6 py-4 text-sm text-slate-600">No API calls yet.</p>;
  return (
    <Table caption={`The ${calls.length} most recent API calls`}>
      <TableHead className="bg-transparent text-sm font-normal normal-case tracking-normal">
        <Th className="px-6 py-2 font-medium">When</Th>
        <Th className="py-2 font-medium">Token</Th>
        <Th className="py-2 font-medium">Call</Th>
        <Th className="py-2 font-medium">Answer</Th>
      </TableHead>
      <TableBody>
        {calls.map((c, i) => (
          <tr key={i}>
            <td className="whitespace-nowrap px-6 py-2 text-slate-700">{formatDateTime(c.createdAt)}</td>
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
