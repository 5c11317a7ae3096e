import "server-only";
import { notFound } from "next/navigation";
import type { UserActor } from "@/lib/access/actor";
import { getPolicy, type PolicyDTO } from "@/lib/dal/policies/policies";
import { isAppError } from "@/lib/errors";

// Another organisation's or an unknown id renders the 404 page.
export async function loadPolicy(actor: UserActor, id: string): Promise<PolicyDTO> {
  try {
    return await getPolicy(actor, id);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
