import "server-only";
import { headers } from "next/headers";
import { clientAddress } from "@/lib/net/client-address";

// The client's address as the sign-in limits see it. Outside a request (scripts, tests calling the data layer)
// there is none: null.
export async function requestIp(): Promise<string | null> {
  let requestHeaders: Headers;
  try {
    requestHeaders = await headers();
  } catch {
    return null;
  }
  return clientAddress(requestHeaders);
}
