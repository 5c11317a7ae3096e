import "server-only";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { getIncident, type IncidentDTO } from "@/lib/dal/incidents/incidents";
import { isAppError } from "@/lib/errors";

// Another organisation's or an unknown id renders the 404 page.
export async function loadIncident(id: string): Promise<IncidentDTO> {
  try {
    return await getIncident(await requireActor(), id);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
