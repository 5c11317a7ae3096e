import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Table, TableBody, TableHead, Th } from "@/components/ui/table";
import { PROBLEM_TYPES, type ProblemType } from "@/lib/api/problem";

const WHEN: Record<ProblemType, string> = {
  unauthenticated: "No token, or a malformed, unknown, expired or revoked one.",
  forbidden: "The token's scopes do not allow this operation.",
  "not-found": "No such resource in your organisation (another organisation's ids are simply not found).",
  "method-not-allowed": "The path does not support this method; the `Allow` header lists the ones it does.",
  conflict:
    "Someone changed the record since you read it (send the new `version`), a name is taken, or a request with the same Idempotency-Key is still running.",
  "payload-too-large": "JSON over 1 MB, or an upload over 20 MB.",
  "unsupported-media-type": "Send application/json (or multipart/form-data for evidence files).",
  "bad-request": "The body is not valid JSON, or the upload was cut off.",
  validation: "Input the schemas refuse; `errors` names each field (nested fields with dots, like models.0.name).",
  "idempotency-key-reused": "The same Idempotency-Key was used in the last 24 hours with a different request.",
  "rate-limited": "Too many requests; wait and retry.",
  internal: "Our fault. Nothing was saved; quote the `correlationId` when you report it.",
  unavailable: "The database is briefly unreachable. Nothing was saved; retry after the `Retry-After` seconds.",
};

// The `type` of every problem+json answer links to its row here (/developers/api#problem-…).
export function ProblemsCard() {
  return (
    <Card id="errors" className="scroll-mt-6">
      <CardHeader
        title="Errors"
        description="Every error is application/problem+json (RFC 9457): type, title, status, detail, and errors per field for 422."
      />
      <CardBody>
        <Table caption="Problem types: the status, the type and when each is answered">
          <TableHead className="border-b-0 bg-transparent font-normal">
            <Th className="px-0 py-1.5 pr-4 font-medium">Status</Th>
            <Th className="px-0 py-1.5 pr-4 font-medium">Type</Th>
            <Th className="px-0 py-1.5 font-medium">When</Th>
          </TableHead>
          <TableBody>
            {(Object.keys(PROBLEM_TYPES) as ProblemType[]).map((kind) => (
              <tr key={kind} id={`problem-${kind}`} className="scroll-mt-6 align-top target:bg-amber-50">
                <td className="py-2 pr-4 font-mono text-slate-900">{PROBLEM_TYPES[kind].status}</td>
                <td className="py-2 pr-4">
                  <span className="font-medium text-slate-900">{PROBLEM_TYPES[kind].title}</span>
                  <br />
                  <code className="text-xs text-slate-600">#problem-{kind}</code>
                </td>
                <td className="py-2 text-slate-700">{WHEN[kind]}</td>
              </tr>
            ))}
          </TableBody>
        </Table>
      </CardBody>
    </Card>
  );
}
