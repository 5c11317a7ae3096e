import { apiHandler } from "@/lib/api/handler";

export const GET = apiHandler("GET", "/systems/{id}/risks");
export const POST = apiHandler("POST", "/systems/{id}/risks");
