"use client";
import { useTranslations } from "next-intl";
import { Table, TableBody, TableHead, Th } from "@/components/ui/table";
import type { DuplicateDTO } from "@/lib/import/duplicates";

export type InvalidRows = "refuse" | "leave";
export type DuplicateChoice = "skip" | "update" | undefined;

function Radios<T extends string>(props: {
  name: string;
  legend: string;
  choices: { value: T; label: string }[];
  value: T | undefined;
  onChange: (value: T) => void;
}) {
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium text-slate-800">{props.legend}</legend>
      {props.choices.map((c) => (
        <label key={c.value} className="flex items-start gap-2 text-sm text-slate-800">
          <input
            type="radio"
            name={props.name}
            value={c.value}
            checked={props.value === c.value}
            onChange={() => props.onChange(c.value)}
            className="mt-0.5 size-4 shrink-0 accent-indigo-700"
          />
          {c.label}
        </label>
      ))}
    </fieldset>
  );
}

export function InvalidRowsChoice({ value, onChange }: { value: InvalidRows; onChange: (v: InvalidRows) => void }) {
  const t = useTranslations("ImportWizard");
  const choices: { value: InvalidRows; label: string }[] = [
    { value: "refuse", label: t("invalidRefuse") },
    { value: "leave", label: t("invalidLeave") },
  ];
  return (
    <Radios name="invalid-rows" legend={t("rowsWithProblems")} choices={choices} value={value} onChange={onChange} />
  );
}

// The rows that name a system the organisation already has (or an earlier row), shown before anything is written.
export function DuplicatesChoice({
  duplicates,
  value,
  onChange,
}: {
  duplicates: DuplicateDTO[];
  value: DuplicateChoice;
  onChange: (v: "skip" | "update") => void;
}) {
  const t = useTranslations("ImportWizard");
  const existing = duplicates.filter((d) => d.existing).length;
  const duplicateChoices: { value: "skip" | "update"; label: string }[] = [
    { value: "skip", label: t("duplicateSkip") },
    { value: "update", label: t("duplicateUpdate") },
  ];
  return (
    <div className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-4">
      <p className="text-sm font-medium text-amber-950">{t("duplicatesIntro", { count: duplicates.length })}</p>
      <Table caption={t("duplicatesCaption")} className="max-h-64 overflow-auto bg-white">
        <TableHead className="sticky top-0">
          <Th className="w-16 px-3 py-2">{t("row")}</Th>
          <Th className="px-3 py-2">{t("nameInFile")}</Th>
          <Th className="px-3 py-2">{t("matches")}</Th>
        </TableHead>
        <TableBody>
          {duplicates.map((d) => (
            <tr key={d.row}>
              <td className="px-3 py-1.5 font-mono tabular-nums">{d.row}</td>
              <td className="px-3 py-1.5">{d.name}</td>
              <td className="px-3 py-1.5">
                {d.existing ? (
                  <a href={`/systems/${d.existing.id}`} className="text-indigo-700 underline hover:text-indigo-900">
                    {d.existing.name}
                  </a>
                ) : (
                  t("sameAsRow", { row: d.sameAsRow ?? "" })
                )}
              </td>
            </tr>
          ))}
        </TableBody>
      </Table>
      {existing > 0 ? (
        <Radios
          name="duplicates"
          legend={t("systemsYouHave")}
          choices={duplicateChoices}
          value={value}
          onChange={onChange}
        />
      ) : (
        <Radios
          name="duplicates"
          legend={t("repeatedRows")}
          choices={[{ value: "skip", label: t("skipRepeated") }]}
          value={value}
          onChange={onChange}
        />
      )}
    </div>
  );
}
