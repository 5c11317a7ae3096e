import { apiHandler } from "@/lib/api/handler";

export const GET = apiHandler("GET", "/systems/{id}");
export const PATCH = apiHandler("PATCH", "/systems/{id}");
