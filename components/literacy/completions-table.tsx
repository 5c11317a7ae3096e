import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { ServerAction } from "@/components/forms/server-action";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableHead, Th } from "@/components/ui/table";
import type { PersonDetailDTO } from "@/lib/dal/literacy/person-detail";
import { formatBytes } from "@/lib/evidence/limits";
import { CertificateUploadForm } from "./certificate-upload-form";
import { RemoveButton } from "./remove-button";

// Below the sm breakpoint each training is a stacked block (a row of the same table) with its own labels, since
// four columns and a certificate form squeezed the learning item and the evidence into a few characters per line at
// 390 px. From sm up it is an ordinary table; the labels in the cells are hidden there, the header row names them.
const cell = "block px-4 py-1 sm:table-cell sm:px-3 sm:py-2 sm:align-top";

function Labelled({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <span className="mr-1 font-medium text-slate-600 sm:hidden">{label}:</span>
      {children}
    </>
  );
}

export async function CompletionsTable(props: {
  person: PersonDetailDTO;
  today: string;
  remove?: ServerAction<{ completionId: string }>;
}) {
  const list = props.person.completionList;
  const t = await getTranslations("LiteracyPerson");
  if (list.length === 0) return <p className="px-5 py-4 text-sm text-slate-600">{t("noTraining")}</p>;
  return (
    <Table caption={t("caption", { name: props.person.name })} tableClassName="block sm:table">
      <TableHead className="hidden sm:table-header-group">
        <Th>{t("colItem")}</Th>
        <Th>{t("colCompleted")}</Th>
        <Th>{t("colExpires")}</Th>
        <Th>{t("colEvidence")}</Th>
        {props.remove && (
          <Th>
            <span className="sr-only">{t("colActions")}</span>
          </Th>
        )}
      </TableHead>
      <TableBody className="block sm:table-row-group">
        {list.map((c) => (
          <tr key={c.id} className="block py-2 sm:table-row sm:py-0">
            <th scope="row" className={`${cell} text-left font-medium text-slate-900`}>
              {c.itemTitle}
            </th>
            <td className={`${cell} sm:whitespace-nowrap`}>
              <Labelled label={t("colCompleted")}>{c.completedOn}</Labelled>
            </td>
            <td className={`${cell} sm:whitespace-nowrap`}>
              <Labelled label={t("colExpires")}>
                {c.expiresOn ?? t("never")} {!c.current && <Badge tone="amber">{t("expired")}</Badge>}
              </Labelled>
            </td>
            <td className={`${cell} sm:max-w-xs`}>
              <Labelled label={t("colEvidence")}>
                <Evidence
                  completion={c}
                  // The name holds the visible "file (size)", so speech input finds the link (WCAG 2.5.3).
                  download={t("download", {
                    file: c.file?.fileName ?? "",
                    size: c.file ? formatBytes(c.file.sizeBytes) : "",
                    item: c.itemTitle,
                    date: c.completedOn,
                  })}
                />
              </Labelled>
              {props.remove && (
                <details className="mt-1">
                  <summary className="cursor-pointer text-sm text-indigo-700 underline">
                    {t(c.file ? "replaceCertificate" : "addCertificate")}
                  </summary>
                  <div className="mt-2 sm:min-w-56">
                    <CertificateUploadForm
                      completionId={c.id}
                      what={`${c.itemTitle} (${c.completedOn})`}
                      replaces={c.file !== null}
                    />
                  </div>
                </details>
              )}
            </td>
            {props.remove && (
              <td className={`${cell} pt-2`}>
                <RemoveButton
                  what={`${c.itemTitle} (${c.completedOn})`}
                  confirm={t("removeCompletion", { item: c.itemTitle, date: c.completedOn })}
                  label={t("remove")}
                  action={props.remove}
                  input={{ completionId: c.id }}
                />
              </td>
            )}
          </tr>
        ))}
      </TableBody>
    </Table>
  );
}

function Evidence({
  completion: c,
  download,
}: {
  completion: PersonDetailDTO["completionList"][number];
  download: string;
}) {
  if (!c.evidenceUrl && !c.evidenceNote && !c.file) return <>—</>;
  return (
    <>
      {c.evidenceUrl && (
        <a
          href={c.evidenceUrl}
          rel="noopener noreferrer"
          target="_blank"
          className="break-all text-indigo-700 underline"
        >
          {c.evidenceUrl}
        </a>
      )}
      {c.evidenceNote && <span className="block text-slate-700">{c.evidenceNote}</span>}
      {c.file && (
        <a
          href={`/literacy/completions/${c.id}/file`}
          className="block break-all text-indigo-700 underline"
          aria-label={download}
        >
          {c.file.fileName} ({formatBytes(c.file.sizeBytes)})
        </a>
      )}
    </>
  );
}
