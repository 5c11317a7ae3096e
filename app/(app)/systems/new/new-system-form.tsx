"use client";
import { useRouter } from "next/navigation";
import type { OwnerOption, UnitOption } from "@/components/intake/intake-form-types";
import { SystemIntakeForm } from "@/components/intake/system-intake-form";
import type { TSystemIntakeInput } from "@/lib/validations/system";
import { createBusinessUnitAction } from "../actions";
import { createSystemAction } from "./actions";

type Props = { owners: OwnerOption[]; units: UnitOption[]; defaultValues: TSystemIntakeInput; draftKey: string };

export function NewSystemForm({ owners, units, defaultValues, draftKey }: Props) {
  const router = useRouter();
  return (
    <SystemIntakeForm
      defaultValues={defaultValues}
      owners={owners}
      units={units}
      addUnit={createBusinessUnitAction}
      save={createSystemAction}
      onSaved={(id) => router.push(`/systems/${id}?saved=created`)}
      cancelHref="/systems"
      allowDraft
      draftKey={draftKey}
    />
  );
}
