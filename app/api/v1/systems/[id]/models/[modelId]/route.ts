import { apiHandler } from "@/lib/api/handler";

export const PUT = apiHandler("PUT", "/systems/{id}/models/{modelId}");
export const DELETE = apiHandler("DELETE", "/systems/{id}/models/{modelId}");
