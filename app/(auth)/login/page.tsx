import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Sign in" };

const REASONS: Record<string, string> = {
  expired: "Your session has ended. Please sign in again.",
  signedout: "You have been signed out.",
};

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const { reason, callbackUrl } = await searchParams;
  // Only same-site paths are followed after sign-in, never another host.
  const next = callbackUrl?.startsWith("/") && !callbackUrl.startsWith("//") ? callbackUrl : "/systems";
  return (
    <>
      <h1 className="text-xl font-semibold text-slate-900">Sign in to Actlas</h1>
      <div className="mt-4">{reason && REASONS[reason] && <Alert tone="info">{REASONS[reason]}</Alert>}</div>
      <LoginForm next={next} />
      <p className="mt-6 text-sm text-slate-600">
        New to Actlas?{" "}
        <Link href="/signup" className="font-medium text-indigo-700 underline-offset-2 hover:underline">
          Create an organisation
        </Link>
      </p>
    </>
  );
}
