import { apiHandler } from "@/lib/api/handler";

export const PATCH = apiHandler("PATCH", "/systems/{id}/obligations/{obligationId}");
