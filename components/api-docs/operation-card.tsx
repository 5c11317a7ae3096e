import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableHead, Th } from "@/components/ui/table";
import type { OperationDoc } from "@/lib/api/docs-model";
import { CodeBlock, SchemaDetails } from "./code-block";
import { MethodBadge } from "./method-badge";

// The operation itself (summary, description, parameters) is the OpenAPI document's, which stays English; lang="en"
// tells a screen reader on a German or French page to read it as English (WCAG 3.1.2).
export function OperationCard({ op }: { op: OperationDoc }) {
  const t = useTranslations("ApiOperation");
  return (
    <article
      id={op.anchor}
      aria-labelledby={`${op.anchor}-title`}
      className="scroll-mt-6 rounded-lg border border-slate-200 bg-white shadow-sm"
    >
      <header className="space-y-2 border-b border-slate-200 px-5 py-4">
        <div className="flex flex-wrap items-center gap-3">
          <MethodBadge method={op.method} />
          <code className="break-all font-mono text-sm font-semibold text-slate-900">{op.path}</code>
          <Badge tone={op.scope === "public" ? "neutral" : "violet"}>
            {op.scope === "public" ? t("noToken") : t("scope", { scope: op.scope })}
          </Badge>
          {op.paginated && <Badge>{t("paginated")}</Badge>}
        </div>
        <h3 id={`${op.anchor}-title`} lang="en" className="text-base font-semibold text-slate-900">
          {op.summary}
        </h3>
        {op.description && (
          <p lang="en" className="max-w-3xl text-sm text-slate-700">
            <WithCode text={op.description} />
          </p>
        )}
      </header>
      <div className="space-y-4 px-5 py-4">
        {op.parameters.length > 0 && <ParametersTable op={op} />}
        {op.requestSchema && (
          <SchemaDetails
            summary={t("requestBody", { types: op.requestTypes.join(` ${t("or")} `) })}
            code={op.requestSchema}
          />
        )}
        <SchemaDetails summary={t("response", { status: op.responseStatus })} code={op.responseSchema} />
        <div>
          <h4 className="mb-2 text-sm font-medium text-slate-800">{t("example")}</h4>
          <CodeBlock code={op.curl} label={t("exampleLabel", { method: op.method, path: op.path })} />
        </div>
      </div>
    </article>
  );
}

function ParametersTable({ op }: { op: OperationDoc }) {
  const t = useTranslations("ApiOperation");
  return (
    <Table caption={t("parameters")} showCaption>
      <TableHead className="border-b-0 bg-transparent font-normal">
        <Th className="px-0 py-1.5 pr-4 font-medium">{t("name")}</Th>
        <Th className="px-0 py-1.5 pr-4 font-medium">{t("in")}</Th>
        <Th className="px-0 py-1.5 pr-4 font-medium">{t("type")}</Th>
        <Th className="px-0 py-1.5 font-medium">{t("description")}</Th>
      </TableHead>
      <TableBody>
        {op.parameters.map((p) => (
          <tr key={`${p.in}-${p.name}`} className="align-top">
            <td className="py-1.5 pr-4 font-mono text-xs text-slate-900">
              {p.name}
              {p.required && <span className="ml-1 text-red-700">{t("required")}</span>}
            </td>
            <td className="py-1.5 pr-4 text-slate-700">{p.in}</td>
            <td className="max-w-56 py-1.5 pr-4 font-mono text-xs break-words text-slate-700">{p.type}</td>
            <td lang="en" className="py-1.5 text-slate-700">
              {p.description}
            </td>
          </tr>
        ))}
      </TableBody>
    </Table>
  );
}

// Descriptions mark field names with backticks, as OpenAPI's CommonMark does.
function WithCode({ text }: { text: string }) {
  return text.split("`").map((part, i) =>
    i % 2 ? (
      <code key={i} className="font-mono text-[0.85em] text-slate-900">
        {part}
      </code>
    ) : (
      part
    ),
  );
}
