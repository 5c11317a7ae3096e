"use client";
import { Table, TableBody, TableHead, Th } from "@/components/ui/table";
import type { DuplicateDTO } from "@/lib/import/duplicates";
import { countPhrase, verbFor } from "@/lib/plural";

export type InvalidRows = "refuse" | "leave";
export type DuplicateChoice = "skip" | "update" | undefined;

const INVALID_CHOICES: { value: InvalidRows; label: string }[] = [
  { value: "refuse", label: "Import nothing until every row is right (all or nothing)" },
  { value: "leave", label: "Import the rows without problems; download the others to fix and upload again" },
];

const DUPLICATE_CHOICES: { value: "skip" | "update"; label: string }[] = [
  { value: "skip", label: "Skip these rows: keep the systems as they are" },
  {
    value: "update",
    label:
      "Update the systems you have with the file's values (columns your file does not have are kept; linked models and datasets are not changed)",
  },
];

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
  return (
    <Radios
      name="invalid-rows"
      legend="Rows with problems"
      choices={INVALID_CHOICES}
      value={value}
      onChange={onChange}
    />
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
  const existing = duplicates.filter((d) => d.existing).length;
  return (
    <div className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-4">
      <p className="text-sm font-medium text-amber-950">
        {countPhrase(duplicates.length, "row")} {verbFor(duplicates.length, "name")} a system you already have or an
        earlier row of the file. Choose what to do with them before importing.
      </p>
      <Table
        caption="Rows that are already in the inventory or repeat a row"
        className="max-h-64 overflow-auto bg-white"
      >
        <TableHead className="sticky top-0">
          <Th className="w-16 px-3 py-2">Row</Th>
          <Th className="px-3 py-2">Name in your file</Th>
          <Th className="px-3 py-2">Matches</Th>
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
                  `Row ${d.sameAsRow} of this file (only the first is imported)`
                )}
              </td>
            </tr>
          ))}
        </TableBody>
      </Table>
      {existing > 0 ? (
        <Radios
          name="duplicates"
          legend="Systems you already have"
          choices={DUPLICATE_CHOICES}
          value={value}
          onChange={onChange}
        />
      ) : (
        <Radios
          name="duplicates"
          legend="Repeated rows"
          choices={[{ value: "skip", label: "Skip the repeated rows" }]}
          value={value}
          onChange={onChange}
        />
      )}
    </div>
  );
}
