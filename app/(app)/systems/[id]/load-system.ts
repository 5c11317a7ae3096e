import "server-only";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { getSystem, type SystemDetailDTO } from "@/lib/dal/systems/systems";
import { isAppError } from "@/lib/errors";

// Shared by the system layout and its tabs: another organisation's or an unknown id renders the 404 page.
export async function loadSystem(id: string): Promise<SystemDetailDTO> {
  try {
    return await getSystem(await requireActor(), id);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
