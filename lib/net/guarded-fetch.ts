import "server-only";
import type { LookupAddress } from "node:dns";
import { isIP, type LookupFunction } from "node:net";
import { Agent, buildConnector, fetch as undiciFetch, type RequestInit, type Response } from "undici";
import { isPrivateAddress } from "./ip-policy";
import { resolveHost } from "./resolve";
import { allowPrivateUrls } from "./url-guard";

// Requests to organisation-supplied URLs (webhooks, model registries) connect only to addresses that passed the
// check in the same step: the socket's DNS lookup resolves the name, refuses the whole answer if any address is
// private, and hands the checked addresses to the socket. A name that answers "public" to an earlier check and
// "127.0.0.1" now (DNS rebinding) is refused here. Address literals skip DNS, so the connector checks them itself.

export class RefusedAddressError extends Error {
  readonly code = "ERR_ACTLAS_PRIVATE_ADDRESS";
  constructor(host: string, address: string) {
    super(`Refused: ${host} resolves to a private or loopback address (${address}).`);
    this.name = "RefusedAddressError";
  }
}

const guardedLookup: LookupFunction = (hostname, options, callback) => {
  resolveHost(hostname)
    .then((addresses) => {
      const refused = addresses.find(isPrivateAddress);
      if (refused) throw new RefusedAddressError(hostname, refused);
      const all: LookupAddress[] = addresses
        .map((address) => ({ address, family: isIP(address) }))
        .filter((a) => !options.family || a.family === options.family);
      const [first] = all;
      if (!first) throw Object.assign(new Error(`${hostname} has no usable address`), { code: "ENOTFOUND" });
      if (options.all) callback(null, all);
      else callback(null, first.address, first.family);
    })
    .catch((error: NodeJS.ErrnoException) => callback(error, "", 0));
};

function guardedAgent(): Agent {
  const connect = buildConnector({ lookup: guardedLookup });
  return new Agent({
    connect: (options, callback) => {
      const literal = options.hostname.replace(/^\[|\]$/g, "");
      if (isIP(literal) && isPrivateAddress(literal)) return callback(new RefusedAddressError(literal, literal), null);
      return connect(options, callback);
    },
  });
}

let guarded: Agent | undefined;
let open: Agent | undefined;

// allowPrivate (ALLOW_PRIVATE_URLS, local setups and tests) is the one explicit way to reach loopback receivers.
export function guardedFetch(
  url: URL | string,
  init: RequestInit = {},
  options: { allowPrivate?: boolean } = {},
): Promise<Response> {
  const allowPrivate = options.allowPrivate ?? allowPrivateUrls();
  const dispatcher = allowPrivate ? (open ??= new Agent()) : (guarded ??= guardedAgent());
  return undiciFetch(url, { ...init, dispatcher });
}

// undici reports connection failures as "fetch failed" with the reason in `cause`; people need the reason.
export function fetchErrorMessage(error: unknown, fallback = "Request failed"): string {
  if (!(error instanceof Error)) return fallback;
  const cause = error.cause;
  if (cause instanceof Error && cause.message) return cause.message;
  return error.message || fallback;
}
