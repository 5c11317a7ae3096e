// Moved to lib/crypto (the data layer hashes passwords; lib/auth sits above it). Kept for importers not moved yet.
export * from "@/lib/crypto/password";
