import { apiHandler } from "@/lib/api/handler";

export const POST = apiHandler("POST", "/systems/{id}/monitoring-events");
