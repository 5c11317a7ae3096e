"use client";
import { useState } from "react";
import { RadioGroupField, type Choice } from "@/components/forms/choice-fields";
import { collectProblems, ErrorSummary } from "@/components/forms/error-summary";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { Question } from "@/lib/rules";
import {
  ASK_PER_SYSTEM,
  booleanFormValue,
  ORGANIZATION_PROFILE_FIELDS,
  toFormValues,
  ZOrganizationProfileForm,
  type OrganizationProfileFormValues,
  type TOrganizationProfile,
} from "@/lib/validations/organization-profile";
import { saveOrganizationProfileAction } from "./actions";
import { profileQuestion, promptOf } from "./questions";

const ASK: Choice = {
  value: ASK_PER_SYSTEM,
  label: "Ask for each system",
  description: "The question stays blank in every questionnaire.",
};

function choicesOf(question: Question): Choice[] {
  const answers =
    question.type === "boolean"
      ? [
          { value: booleanFormValue(true), label: "Yes" },
          { value: booleanFormValue(false), label: "No" },
        ]
      : (question.options ?? []).map((o) => ({ value: o.value, label: o.label }));
  return [...answers, ASK];
}

function hintOf(question: Question) {
  return (
    <>
      {question.help} <span className="font-medium text-slate-700">Article:</span> {question.citation}.
      {question.when && " Pre-filled only in the questionnaires that ask it."}
    </>
  );
}

export function OrganizationProfileForm({ profile }: { profile: TOrganizationProfile }) {
  const [saved, setSaved] = useState(false);
  const { form, onSubmit, formError } = useActionForm<OrganizationProfileFormValues, TOrganizationProfile>({
    schema: ZOrganizationProfileForm,
    action: saveOrganizationProfileAction,
    defaultValues: toFormValues(profile),
    onSuccess: (data) => {
      form.reset(toFormValues(data));
      setSaved(true);
    },
  });
  return (
    <form
      onSubmit={(e) => {
        setSaved(false);
        void onSubmit(e);
      }}
      noValidate
      className="space-y-6 px-5 py-4"
    >
      <ErrorSummary
        problems={collectProblems(form.formState.errors)}
        formError={formError}
        submitCount={form.formState.submitCount}
        labelFor={promptOf}
      />
      {ORGANIZATION_PROFILE_FIELDS.map((field) => {
        const question = profileQuestion(field);
        return (
          <RadioGroupField
            key={field}
            form={form}
            name={field}
            legend={question.prompt}
            hint={hintOf(question)}
            choices={choicesOf(question)}
          />
        );
      })}
      <div className="flex flex-wrap items-center gap-4 border-t border-slate-200 pt-4">
        <Button type="submit" disabled={form.formState.isSubmitting}>
          Save organisation profile
        </Button>
        {saved && !form.formState.isDirty && (
          <Alert tone="success">Saved. New questionnaires start from these answers.</Alert>
        )}
      </div>
    </form>
  );
}
