import type { UseFormReturn } from "react-hook-form";
import type { ActionResult } from "@/lib/action";
import type { TSystemIntakeInput } from "@/lib/validations/system";

export type IntakeForm = UseFormReturn<TSystemIntakeInput>;
export type OwnerOption = { userId: string; name: string; email: string };
export type UnitOption = { id: string; name: string };
// Adds a business unit on the fly (an existing unit of the same name, ignoring case, comes back instead).
export type AddUnit = (input: { name: string }) => Promise<ActionResult<UnitOption>>;
