"use client";
import { useEffect, useRef, type ReactNode } from "react";
import type { FieldErrors, FieldValues } from "react-hook-form";
import { fieldId } from "./form-field";
import { useValidationText } from "@/components/i18n/validation-text";

export type FieldProblem = { name: string; message: string };

const META_KEYS = new Set(["message", "type", "ref", "types", "root"]);

// Flattens react-hook-form's nested error tree into "models.0.name"-style names with their messages.
export function collectProblems(errors: FieldErrors<FieldValues>, prefix = ""): FieldProblem[] {
  const node = errors as Record<string, unknown>;
  const problems: FieldProblem[] = [];
  const own =
    typeof node.message === "string" ? node.message : (node.root as { message?: unknown } | undefined)?.message;
  if (prefix && typeof own === "string") problems.push({ name: prefix, message: own });
  for (const [key, child] of Object.entries(node)) {
    if (META_KEYS.has(key) || !child || typeof child !== "object") continue;
    problems.push(...collectProblems(child as FieldErrors<FieldValues>, prefix ? `${prefix}.${key}` : key));
  }
  return problems;
}

// Moves focus to a field named in the summary: the control itself, or the first control of a group.
function focusField(name: string) {
  const target = document.getElementById(fieldId(name));
  if (!target) return;
  const control = target.matches("input, select, textarea")
    ? target
    : target.querySelector<HTMLElement>("input, select, textarea, button");
  target.scrollIntoView({ block: "center" });
  (control ?? target).focus({ preventScroll: true });
}

type Props = {
  problems: FieldProblem[];
  formError: string | null;
  submitCount: number;
  labelFor: (name: string) => string;
  children?: ReactNode;
};

// Shown at the top after a failed save: what went wrong overall, and a link to every field that needs attention.
// It takes focus once per failed attempt, so keyboard and screen-reader users start from the list.
export function ErrorSummary({ problems, formError, submitCount, labelFor, children }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const focusedFor = useRef(0);
  const inLocale = useValidationText();
  const visible = submitCount > 0 && (problems.length > 0 || !!formError);
  useEffect(() => {
    if (!visible || focusedFor.current === submitCount) return;
    focusedFor.current = submitCount;
    // react-hook-form focuses the first invalid field in a timeout of its own; this one runs after it.
    const timer = setTimeout(() => {
      ref.current?.focus({ preventScroll: true });
      ref.current?.scrollIntoView({ block: "start" });
    });
    return () => clearTimeout(timer);
  }, [visible, submitCount]);
  if (!visible) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-title"
      className="rounded-lg border-2 border-red-700 bg-red-50 px-5 py-4 text-sm text-red-900 focus:outline-2 focus:outline-offset-2 focus:outline-red-700"
    >
      <h2 id="error-summary-title" className="text-base font-semibold">
        {inLocale(problems.length ? "Nothing was saved yet: please check these fields" : "Nothing was saved")}
      </h2>
      {formError && <p className="mt-1">{inLocale(formError)}</p>}
      {children}
      {problems.length > 0 && (
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {problems.map(({ name, message }) => (
            <li key={name}>
              <a
                href={`#${fieldId(name)}`}
                className="font-medium underline underline-offset-2 hover:text-red-950"
                onClick={(e) => {
                  e.preventDefault();
                  focusField(name);
                }}
              >
                {labelFor(name)}: {inLocale(message)}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
