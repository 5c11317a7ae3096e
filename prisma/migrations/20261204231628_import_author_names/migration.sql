-- An organisation import no longer creates accounts: a comment's or review decision's author who is not a member of
-- the importing organisation is kept as a name, and the row points at the importing administrator.

-- AlterTable
ALTER TABLE "Comment" ADD COLUMN     "authorName" TEXT;

-- AlterTable
ALTER TABLE "ReviewDecision" ADD COLUMN     "decidedByName" TEXT;
