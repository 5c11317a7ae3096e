-- Sign-in throttling and API budgets move to rate-limiter-flexible's Postgres store: its counters are updated with
-- one atomic upsert, which the old attempt log (read, then written) could not give.
DROP TABLE "LoginAttempt";

-- The table RateLimiterPostgres would create itself (same columns, same order), made here so the app runs no DDL.
CREATE TABLE "RateLimit" (
    "key" VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,

    CONSTRAINT "RateLimit_pkey" PRIMARY KEY ("key")
);

-- The library's periodic "DELETE … WHERE expire < $1" must not scan a table an attacker can fill.
CREATE INDEX "RateLimit_expire_idx" ON "RateLimit"("expire");
