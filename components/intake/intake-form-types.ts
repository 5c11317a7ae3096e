import type { UseFormReturn } from "react-hook-form";
import type { TSystemIntakeInput } from "@/lib/validations/system";

export type IntakeForm = UseFormReturn<TSystemIntakeInput>;
export type OwnerOption = { userId: string; name: string; email: string };
