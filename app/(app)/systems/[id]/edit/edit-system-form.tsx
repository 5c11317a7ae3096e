"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { OwnerOption, UnitOption } from "@/components/intake/intake-form-types";
import { SystemIntakeForm } from "@/components/intake/system-intake-form";
import type { TSystemIntakeInput } from "@/lib/validations/system";
import { createBusinessUnitAction } from "../../actions";
import { updateSystemAction } from "./actions";

type Props = {
  id: string;
  version: number;
  owners: OwnerOption[];
  units: UnitOption[];
  defaultValues: TSystemIntakeInput;
  draftKey: string;
};

// The form carries the revision it was loaded from; the server refuses the save if someone saved in between.
export function EditSystemForm({ id, version, owners, units, defaultValues, draftKey }: Props) {
  const t = useTranslations("IntakeForm");
  const router = useRouter();
  const [conflict, setConflict] = useState(false);
  return (
    <SystemIntakeForm
      defaultValues={defaultValues}
      owners={owners}
      units={units}
      addUnit={createBusinessUnitAction}
      save={async (values, baseVersion) => {
        const result = await updateSystemAction({ ...values, id, expectedVersion: baseVersion ?? version });
        setConflict(!result.ok && result.code === "CONFLICT");
        return result;
      }}
      onSaved={() => router.push(`/systems/${id}?saved=updated`)}
      cancelHref={`/systems/${id}`}
      allowDraft={defaultValues.isDraft}
      draftKey={draftKey}
      version={version}
      failureHelp={
        conflict && (
          <p className="mt-2">
            {t.rich("conflictHelp", {
              latest: (chunks) => (
                <a
                  href={`/systems/${id}`}
                  target="_blank"
                  rel="noopener"
                  className="font-medium underline underline-offset-2"
                >
                  {chunks}
                </a>
              ),
            })}
          </p>
        )
      }
    />
  );
}
