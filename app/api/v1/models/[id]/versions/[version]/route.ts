import { apiHandler } from "@/lib/api/handler";

export const PATCH = apiHandler("PATCH", "/models/{id}/versions/{version}");
