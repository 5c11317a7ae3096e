import { describe, expect, it } from "vitest";
import { HAND_KEPT, withoutHandKeptDrops } from "../../../scripts/db/hand-kept";

// What the schema engine proposes when migrations hold objects schema.prisma cannot declare.
const ENGINE_OUTPUT = `-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- DropForeignKey
ALTER TABLE "Comment" DROP CONSTRAINT "Comment_obligationId_org_fk";

-- DropForeignKey
ALTER TABLE "Comment" DROP CONSTRAINT "Comment_obligationId_fkey";

-- DropIndex
DROP INDEX "Obligation_portfolio_idx";

-- DropIndex
DROP INDEX "OrganizationDomain_verified_domain_key";

-- AlterTable
ALTER TABLE "Task" ADD COLUMN     "note" TEXT;
`;

describe("withoutHandKeptDrops", () => {
  it("removes the DROP of every hand-kept object with its heading, keeps everything else, and says what it removed", () => {
    const { sql, removed } = withoutHandKeptDrops(ENGINE_OUTPUT);
    expect(sql).toBe(`-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- DropForeignKey
ALTER TABLE "Comment" DROP CONSTRAINT "Comment_obligationId_fkey";

-- AlterTable
ALTER TABLE "Task" ADD COLUMN     "note" TEXT;
`);
    expect(removed).toEqual([
      expect.stringMatching(/^Comment_obligationId_org_fk: composite tenant foreign key/),
      expect.stringMatching(/^Obligation_portfolio_idx: /),
      expect.stringMatching(/^OrganizationDomain_verified_domain_key: /),
    ]);
  });

  it("leaves nothing when the only differences were hand-kept objects, so the generator writes no migration", () => {
    const onlyKept = `-- DropForeignKey\nALTER TABLE "AiSystem" DROP CONSTRAINT "AiSystem_currentRunId_org_fk";\n\n-- DropIndex\nDROP INDEX "Obligation_portfolio_idx";\n`;
    expect(withoutHandKeptDrops(onlyKept)).toEqual({ sql: "", removed: [expect.any(String), expect.any(String)] });
    expect(withoutHandKeptDrops("")).toEqual({ sql: "", removed: [] });
  });

  it("matches whole names only: a constraint that merely contains a kept name is still dropped", () => {
    const sql = `-- DropForeignKey\nALTER TABLE "A" DROP CONSTRAINT "A_x_org_fk_old";\n\n-- DropIndex\nDROP INDEX "Obligation_portfolio_idx2";\n`;
    expect(withoutHandKeptDrops(sql)).toEqual({ sql, removed: [] });
  });

  it("keeps a CREATE of a hand-kept name (only DROP statements are removed)", () => {
    const sql = `-- AddForeignKey\nALTER TABLE "A" ADD CONSTRAINT "A_b_org_fk" FOREIGN KEY ("b") REFERENCES "B"("id");\n`;
    expect(withoutHandKeptDrops(sql, HAND_KEPT).sql).toBe(sql);
  });
});
