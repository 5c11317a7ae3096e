import type { ApiCallDTO } from "@/lib/dal/integrations/api-tokens";
import { formatDateTime } from "@/lib/utils";

// What the organisation's tokens did recently: every call, reads and refusals included.
export function ApiCallLog({ calls }: { calls: ApiCallDTO[] }) {
  if (calls.length === 0) return <p className="px-6 py-4 text-sm text-slate-600">No API calls yet.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">The {calls.length} most recent API calls</caption>
        <thead className="border-b border-slate-200 text-slate-600">
          <tr>
            <th scope="col" className="px-6 py-2 font-medium">
              When
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Token
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Call
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Answer
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
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
        </tbody>
      </table>
    </div>
  );
}
