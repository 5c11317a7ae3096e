"use client";
import { useTranslations } from "next-intl";
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
import type { RuleTexts } from "./rule-texts";

type T = ReturnType<typeof useTranslations<"OrganisationProfile">>;
type InLocale = (english: string) => string;

// The questions, help and options are the rule set's (translated on the server, ./rule-texts.ts); the choice to ask
// per system is ours.
function choicesOf(question: Question, t: T, rule: InLocale): Choice[] {
  const answers =
    question.type === "boolean"
      ? [
          { value: booleanFormValue(true), label: t("yes") },
          { value: booleanFormValue(false), label: t("no") },
        ]
      : (question.options ?? []).map((o) => ({ value: o.value, label: rule(o.label) }));
  return [...answers, { value: ASK_PER_SYSTEM, label: t("askPerSystem"), description: t("askPerSystemHelp") }];
}

function hintOf(question: Question, t: T, rule: InLocale) {
  return (
    <>
      {question.help && rule(question.help)} <span className="font-medium text-slate-700">{t("article")}</span>{" "}
      {question.citation}.{question.when && ` ${t("onlyWhenAsked")}`}
    </>
  );
}

export function OrganizationProfileForm({
  profile,
  ruleTexts,
}: {
  profile: TOrganizationProfile;
  ruleTexts: RuleTexts;
}) {
  const t = useTranslations("OrganisationProfile");
  const rule = (english: string) => ruleTexts[english] ?? english;
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
        labelFor={(name) => rule(promptOf(name))}
      />
      {ORGANIZATION_PROFILE_FIELDS.map((field) => {
        const question = profileQuestion(field);
        return (
          <RadioGroupField
            key={field}
            form={form}
            name={field}
            legend={rule(question.prompt)}
            hint={hintOf(question, t, rule)}
            choices={choicesOf(question, t, rule)}
          />
        );
      })}
      <div className="flex flex-wrap items-center gap-4 border-t border-slate-200 pt-4">
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {t("save")}
        </Button>
        {saved && !form.formState.isDirty && <Alert tone="success">{t("saved")}</Alert>}
      </div>
    </form>
  );
}
