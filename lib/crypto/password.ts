import argon2 from "argon2";

// argon2id with the library's defaults (64 MiB, t=3, p=4): above OWASP's minimum for argon2id.
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

// A real hash of a throw-away password, verified against when the account does not exist, so that a login
// for an unknown email takes as long as one for a known email.
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword("actlas-timing-equaliser");
  return dummyHash;
}
