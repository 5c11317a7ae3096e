import type { TSystemProfile } from "../profile/schema";
import type { Condition } from "./types";

/** Pure evaluation of a `when` condition against (possibly partial) answers. */
export function evaluateCondition(condition: Condition, profile: TSystemProfile): boolean {
  if ("all" in condition) return condition.all.every((c) => evaluateCondition(c, profile));
  if ("any" in condition) return condition.any.some((c) => evaluateCondition(c, profile));
  if ("not" in condition) return !evaluateCondition(condition.not, profile);
  const value: unknown = profile[condition.field];
  if ("equals" in condition) return value === condition.equals;
  if ("in" in condition) return typeof value === "string" && condition.in.includes(value);
  return Array.isArray(value) && value.some((v: string) => condition.includesAny.includes(v));
}
