"use client";
import { useRouter } from "next/navigation";
import type { OwnerOption } from "@/components/intake/intake-form-types";
import { SystemIntakeForm } from "@/components/intake/system-intake-form";
import type { TSystemIntakeInput } from "@/lib/validations/system";
import { createSystemAction } from "./actions";

type Props = { owners: OwnerOption[]; defaultValues: TSystemIntakeInput; draftKey: string };

export function NewSystemForm({ owners, defaultValues, draftKey }: Props) {
  const router = useRouter();
  return (
    <SystemIntakeForm
      defaultValues={defaultValues}
      owners={owners}
      save={createSystemAction}
      onSaved={(id) => router.push(`/systems/${id}?saved=created`)}
      cancelHref="/systems"
      allowDraft
      draftKey={draftKey}
    />
  );
}
