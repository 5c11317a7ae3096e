import "server-only";
import { env } from "@/lib/env";
import { openWith, sealWith, SecretBoxError, type SecretKeyring, type SecretPurpose } from "./secret-box";

export { SecretBoxError, type SecretPurpose } from "./secret-box";

// The keyring from ACTLAS_SECRETS_KEY (current) and ACTLAS_SECRETS_PREVIOUS_KEYS, validated in lib/env.ts.
export function secretKeyring(): SecretKeyring {
  const { ACTLAS_SECRETS_KEY: current, ACTLAS_SECRETS_PREVIOUS_KEYS: previous } = env();
  if (!current) {
    throw new SecretBoxError(
      "ACTLAS_SECRETS_KEY is not set: Actlas cannot encrypt or decrypt stored webhook secrets and registry tokens. `npm start` creates one; production sets it.",
    );
  }
  return { current, previous: previous ?? [] };
}

export const sealSecret = (plaintext: string, purpose: SecretPurpose) => sealWith(secretKeyring(), plaintext, purpose);
export const openSecret = (stored: string, purpose: SecretPurpose) => openWith(secretKeyring(), stored, purpose);
