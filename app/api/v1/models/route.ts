import { apiHandler } from "@/lib/api/handler";

export const GET = apiHandler("GET", "/models");
export const POST = apiHandler("POST", "/models");
