import { apiHandler } from "@/lib/api/handler";

export const GET = apiHandler("GET", "/systems/{id}/review-requests");
export const POST = apiHandler("POST", "/systems/{id}/review-requests");
