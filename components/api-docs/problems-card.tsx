import { useTranslations } from "next-intl";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Table, TableBody, TableHead, Th } from "@/components/ui/table";
import { PROBLEM_TYPES, type ProblemType } from "@/lib/api/problem";

// The titles are the problem+json answers' own, which stay English; when each comes is said in the reader's language.
const WHEN = {
  unauthenticated: "unauthenticated",
  forbidden: "forbidden",
  "not-found": "notFound",
  "method-not-allowed": "methodNotAllowed",
  conflict: "conflict",
  "payload-too-large": "payloadTooLarge",
  "unsupported-media-type": "unsupportedMediaType",
  "bad-request": "badRequest",
  validation: "validation",
  "idempotency-key-reused": "idempotencyKeyReused",
  "rate-limited": "rateLimited",
  internal: "internal",
  unavailable: "unavailable",
} as const satisfies Record<ProblemType, string>;

// The `type` of every problem+json answer links to its row here (/developers/api#problem-…).
export function ProblemsCard() {
  const t = useTranslations("ApiProblems");
  return (
    <Card id="errors" className="scroll-mt-6">
      <CardHeader title={t("title")} description={t("description")} />
      <CardBody>
        <Table caption={t("caption")}>
          <TableHead className="border-b-0 bg-transparent font-normal">
            <Th className="px-0 py-1.5 pr-4 font-medium">{t("status")}</Th>
            <Th className="px-0 py-1.5 pr-4 font-medium">{t("type")}</Th>
            <Th className="px-0 py-1.5 font-medium">{t("when")}</Th>
          </TableHead>
          <TableBody>
            {(Object.keys(PROBLEM_TYPES) as ProblemType[]).map((kind) => (
              <tr key={kind} id={`problem-${kind}`} className="scroll-mt-6 align-top target:bg-amber-50">
                <td className="py-2 pr-4 font-mono text-slate-900">{PROBLEM_TYPES[kind].status}</td>
                <td className="py-2 pr-4">
                  <span className="font-medium text-slate-900">{PROBLEM_TYPES[kind].title}</span>
                  <br />
                  <code className="text-xs text-slate-600">{`#problem-${kind}`}</code>
                </td>
                <td className="py-2 text-slate-700">{t(WHEN[kind])}</td>
              </tr>
            ))}
          </TableBody>
        </Table>
      </CardBody>
    </Card>
  );
}
