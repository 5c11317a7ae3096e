"use client";
import { signIn } from "next-auth/react";
import type { useRouter } from "next/navigation";

// After an account has been created (sign-up, accepting an invitation), sign in with the new credentials and open
// the inventory. Returns the message to show when the account exists but signing in failed.
export async function signInAndEnter(
  router: ReturnType<typeof useRouter>,
  email: string,
  password: string,
): Promise<string | null> {
  const result = await signIn("credentials", { email, password, redirect: false });
  if (result?.error) return "Your account was created, but signing in failed. Please sign in.";
  router.replace("/systems");
  router.refresh();
  return null;
}
