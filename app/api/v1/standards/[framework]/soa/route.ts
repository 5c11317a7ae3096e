import { apiHandler } from "@/lib/api/handler";

export const GET = apiHandler("GET", "/standards/{framework}/soa");
