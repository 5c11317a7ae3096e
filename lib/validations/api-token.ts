import { z } from "zod";
import { API_SCOPES, type ApiScope } from "@/lib/access/permissions";

// The scopes are defined with the permission table they map onto; re-exported for the forms that list them.
export { API_SCOPES, type ApiScope };

export const API_SCOPE_LABELS: Record<ApiScope, string> = {
  read: "Read systems, classifications, review requests and obligations",
  "systems:write": "Create and update AI systems, their risks, models and monitoring events; ask legal for a review",
  "evidence:write": "Upload evidence and update obligation status",
  gate: "Ask the CI gate whether a system may ship",
};

export const TOKEN_LIFETIMES = ["30", "90", "365", "never"] as const;

export const ZCreateApiToken = z.object({
  name: z
    .string()
    .trim()
    .min(2, "Name the token after what uses it, e.g. “MLflow sync”.")
    .max(80, "Use at most 80 characters."),
  scopes: z.array(z.enum(API_SCOPES)).min(1, "Choose at least one scope."),
  lifetime: z.enum(TOKEN_LIFETIMES, { message: "Choose how long the token stays valid." }),
});
export type TCreateApiToken = z.input<typeof ZCreateApiToken>;

export const ZApiTokenRef = z.object({ tokenId: z.string().trim().min(1).max(64) });
