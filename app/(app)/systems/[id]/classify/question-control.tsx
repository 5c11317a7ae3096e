"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Input, Select } from "@/components/ui/field";
import type { Question } from "@/lib/rules";

export type ControlProps = {
  question: Question;
  value: unknown;
  notSure: boolean;
  onChange: (value: unknown) => void;
  onNotSure: () => void;
};

const choice = "flex items-start gap-2.5 rounded-md px-2 py-1.5 text-sm text-slate-800 hover:bg-slate-50";
const box =
  "mt-0.5 size-4 shrink-0 accent-indigo-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600";
// "Not sure" sits apart from the real answers, so it reads as a way out rather than one of the options.
const notSureChoice = `${choice} italic text-slate-700`;
const NOT_SURE = "__not_sure__";

// The answer controls of one question; "Not sure" is part of the same group (radio, list, or a box beside a field).
export function QuestionControl(props: ControlProps) {
  const { question: q, value, notSure, onChange, onNotSure } = props;
  const t = useTranslations("QuestionnaireControl");
  const options =
    q.type === "boolean"
      ? [
          { value: true, label: t("yes") },
          { value: false, label: t("no") },
        ]
      : (q.options ?? []);
  if (q.type === "single" && options.length > 8) {
    return (
      <Select
        aria-label={q.prompt}
        value={notSure ? NOT_SURE : typeof value === "string" ? value : ""}
        onChange={(e) => (e.target.value === NOT_SURE ? onNotSure() : onChange(e.target.value || undefined))}
      >
        <option value="">{t("choose")}</option>
        {options.map((o) => (
          <option key={String(o.value)} value={String(o.value)}>
            {o.label}
          </option>
        ))}
        <option value={NOT_SURE}>{t("notSure")}</option>
      </Select>
    );
  }
  if (q.type === "boolean" || q.type === "single") {
    return (
      <div className={q.type === "boolean" ? "flex flex-wrap gap-x-4" : "space-y-0.5"}>
        {options.map((o) => (
          <label key={String(o.value)} className={choice}>
            <input
              type="radio"
              name={q.id}
              className={box}
              checked={!notSure && value === o.value}
              onChange={() => onChange(o.value)}
            />
            {o.label}
          </label>
        ))}
        <label className={notSureChoice}>
          <input type="radio" name={q.id} className={box} checked={notSure} onChange={onNotSure} />
          {t("notSure")}
        </label>
      </div>
    );
  }
  if (q.type === "multi") return <MultiControl {...props} />;
  return (
    <div className="space-y-1">
      {q.type === "date" ? (
        <Input
          type="date"
          aria-label={q.prompt}
          className="max-w-xs"
          value={typeof value === "string" ? value : ""}
          onChange={(e) => onChange(e.target.value || undefined)}
        />
      ) : (
        <NumberControl key={notSure ? "not-sure" : "value"} {...props} />
      )}
      <NotSureBox notSure={notSure} onChange={onChange} onNotSure={onNotSure} />
    </div>
  );
}

function NotSureBox({ notSure, onChange, onNotSure }: Pick<ControlProps, "notSure" | "onChange" | "onNotSure">) {
  const t = useTranslations("QuestionnaireControl");
  return (
    <label className={notSureChoice}>
      <input
        type="checkbox"
        className={box}
        checked={notSure}
        onChange={(e) => (e.target.checked ? onNotSure() : onChange(undefined))}
      />
      {t("notSure")}
    </label>
  );
}

function MultiControl({ question: q, value, notSure, onChange, onNotSure }: ControlProps) {
  const t = useTranslations("QuestionnaireControl");
  const options = q.options ?? [];
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
          <input
            type="checkbox"
            className={box}
            checked={selected.includes(o.value)}
            onChange={(e) => toggle(o.value, e.target.checked)}
          />
          {o.label}
        </label>
      ))}
      {/* Without its own "none" option, an explicit empty answer tells "none of these" apart from "not answered". */}
      {!options.some((o) => o.value === "none") && (
        <label className={choice}>
          <input
            type="checkbox"
            className={box}
            checked={Array.isArray(value) && selected.length === 0}
            onChange={(e) => onChange(e.target.checked ? [] : undefined)}
          />
          {t("none")}
        </label>
      )}
      <NotSureBox notSure={notSure} onChange={onChange} onNotSure={onNotSure} />
    </div>
  );
}

function NumberControl({ question: q, value, onChange }: ControlProps) {
  const t = useTranslations("QuestionnaireControl");
  const [text, setText] = useState(typeof value === "number" ? String(value) : "");
  const parsed = Number(text);
  const invalid = text.trim() !== "" && (!Number.isFinite(parsed) || parsed < 0);
  const errorId = `q-${q.id}-error`;
  return (
    <div className="max-w-xs space-y-1">
      <Input
        inputMode="decimal"
        aria-label={q.prompt}
        placeholder={t("numberPlaceholder")}
        value={text}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? errorId : undefined}
        onChange={(e) => {
          setText(e.target.value);
          const n = Number(e.target.value);
          if (e.target.value.trim() === "") onChange(undefined);
          else if (Number.isFinite(n) && n >= 0) onChange(n);
        }}
      />
      {invalid && (
        <p id={errorId} role="alert" className="text-sm font-medium text-red-700">
          {t("numberInvalid")}
        </p>
      )}
    </div>
  );
}
