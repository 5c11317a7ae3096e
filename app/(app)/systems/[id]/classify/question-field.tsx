"use client";
import { useState } from "react";
import { Input, Select } from "@/components/ui/field";
import type { Question } from "@/lib/rules";

type Value = unknown;
type Props = { question: Question; value: Value; fromIntake: boolean; hint?: string; onChange: (value: Value) => void };

const choice = "flex items-start gap-2.5 rounded-md px-2 py-1.5 text-sm text-slate-800 hover:bg-slate-50";
const box = "mt-0.5 size-4 shrink-0 accent-indigo-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600";

// One questionnaire question as an accessible fieldset: prompt as legend, help and citation linked to the controls.
export function QuestionField({ question: q, value, fromIntake, hint, onChange }: Props) {
  const id = `q-${q.id}`;
  const helpId = `${id}-help`;
  return (
    <fieldset id={id} tabIndex={-1} aria-describedby={helpId} className="scroll-mt-24 rounded-lg border border-slate-200 bg-white p-4 focus:outline-2 focus:outline-indigo-600">
      <legend className="float-left w-full text-sm font-semibold text-slate-900">{q.prompt}</legend>
      <div id={helpId} className="clear-both pt-1 text-xs text-slate-600">
        <p>{q.help}</p>
        <p className="mt-1"><span className="font-medium text-slate-700">Article:</span> {q.citation}</p>
      </div>
      {(hint || fromIntake) && (
        <p className="mt-2 rounded bg-indigo-50 px-2 py-1 text-xs text-indigo-900">{fromIntake && value !== undefined ? "Pre-filled from the intake. " : ""}{hint}</p>
      )}
      <div className="mt-3">
        <Control question={q} value={value} onChange={onChange} />
      </div>
      {value !== undefined && (
        <button type="button" onClick={() => onChange(undefined)} className="mt-2 text-xs font-medium text-slate-600 underline hover:text-slate-900">
          Clear answer<span className="sr-only"> to: {q.prompt}</span>
        </button>
      )}
    </fieldset>
  );
}

function Control({ question: q, value, onChange }: Omit<Props, "fromIntake" | "hint">) {
  if (q.type === "boolean") {
    return (
      <div className="flex flex-wrap gap-4">
        {[true, false].map((v) => (
          <label key={String(v)} className={choice}>
            <input type="radio" name={q.id} className={box} checked={value === v} onChange={() => onChange(v)} />
            {v ? "Yes" : "No"}
          </label>
        ))}
      </div>
    );
  }
  const options = q.options ?? [];
  if (q.type === "single" && options.length > 8) {
    return (
      <Select aria-label={q.prompt} value={typeof value === "string" ? value : ""} onChange={(e) => onChange(e.target.value || undefined)}>
        <option value="">Choose…</option>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </Select>
    );
  }
  if (q.type === "single") {
    return (
      <div className="space-y-0.5">
        {options.map((o) => (
          <label key={o.value} className={choice}>
            <input type="radio" name={q.id} className={box} checked={value === o.value} onChange={() => onChange(o.value)} />
            {o.label}
          </label>
        ))}
      </div>
    );
  }
  if (q.type === "multi") {
    const selected = Array.isArray(value) ? (value as string[]) : [];
    // "None of these" excludes the other options, so the answer never says both.
    const toggle = (code: string, on: boolean) => {
      const rest = selected.filter((v) => v !== code && (code === "none" ? false : v !== "none"));
      onChange(on ? [...rest, code] : rest);
    };
    return (
      <div className="space-y-0.5">
        {options.map((o) => (
          <label key={o.value} className={choice}>
            <input type="checkbox" className={box} checked={selected.includes(o.value)} onChange={(e) => toggle(o.value, e.target.checked)} />
            {o.label}
          </label>
        ))}
        {/* Without its own "none" option, an explicit empty answer tells "none of these" apart from "not answered". */}
        {!options.some((o) => o.value === "none") && (
          <label className={choice}>
            <input type="checkbox" className={box} checked={Array.isArray(value) && selected.length === 0} onChange={(e) => onChange(e.target.checked ? [] : undefined)} />
            None of these
          </label>
        )}
      </div>
    );
  }
  if (q.type === "date") {
    return <Input type="date" aria-label={q.prompt} className="max-w-xs" value={typeof value === "string" ? value : ""} onChange={(e) => onChange(e.target.value || undefined)} />;
  }
  return <NumberControl question={q} value={value} onChange={onChange} />;
}

function NumberControl({ question: q, value, onChange }: Omit<Props, "fromIntake" | "hint">) {
  const [text, setText] = useState(typeof value === "number" ? String(value) : "");
  const parsed = Number(text);
  const invalid = text.trim() !== "" && (!Number.isFinite(parsed) || parsed < 0);
  const errorId = `q-${q.id}-error`;
  return (
    <div className="max-w-xs space-y-1">
      <Input
        inputMode="decimal" aria-label={q.prompt} placeholder="e.g. 3e24" value={text} aria-invalid={invalid || undefined}
        aria-describedby={invalid ? errorId : undefined}
        onChange={(e) => {
          setText(e.target.value);
          const n = Number(e.target.value);
          if (e.target.value.trim() === "") onChange(undefined);
          else if (Number.isFinite(n) && n >= 0) onChange(n);
        }}
      />
      {invalid && <p id={errorId} role="alert" className="text-sm font-medium text-red-700">Enter a non-negative number, for example 3e24.</p>}
    </div>
  );
}
