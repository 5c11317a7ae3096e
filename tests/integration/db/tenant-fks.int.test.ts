import { testDatabaseUrl } from "../worker-database";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { constraintName, insert, insertTree, keyOf, RELATIONS, rowFor, type Relation, type Tree } from "./tenant-tree";

// Defence in depth: even a data-layer bug (or raw SQL) cannot store a row that points into another organisation.
// Everything here is raw SQL on the migrated test database, so no application check can be what refuses the row.

let client: pg.Client;
let a: Tree; // the victim organisation
let b: Tree; // the organisation whose rows try to point into a's
beforeAll(async () => {
  client = new pg.Client({ connectionString: testDatabaseUrl() });
  await client.connect();
  a = await insertTree(client);
  b = await insertTree(client);
});
afterAll(() => client?.end());

/**
 * Runs `work` in a transaction that is always rolled back, so every case starts from the same two trees. Deferred
 * keys are checked at each statement here, as COMMIT would check them ("are checked at commit" shows that they are).
 */
async function rolledBack<T>(work: () => Promise<T>): Promise<T> {
  await client.query("BEGIN");
  await client.query("SET CONSTRAINTS ALL IMMEDIATE");
  try {
    return await work();
  } finally {
    await client.query("ROLLBACK");
  }
}

async function error(
  work: () => Promise<unknown>,
): Promise<{ code?: string; constraint?: string; message: string } | null> {
  try {
    await rolledBack(work);
    return null;
  } catch (e) {
    return e as { code?: string; constraint?: string; message: string };
  }
}

type Fk = {
  child: string;
  columns: string[];
  parent: string;
  parentColumns: string[];
  onDelete: string;
  setNullColumns: string[] | null;
  name: string;
  deferred: boolean;
};

// Every foreign key between two tables that both have an organizationId column (Organization and User have none).
async function tenantForeignKeys(): Promise<Fk[]> {
  const { rows } = await client.query<Fk>(`
    SELECT c.conname AS name, ch.relname AS child, pa.relname AS parent, c.condeferrable AND c.condeferred AS deferred,
           ARRAY(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY k(n, i) JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY k.i) AS columns,
           ARRAY(SELECT a.attname::text FROM unnest(c.confkey) WITH ORDINALITY k(n, i) JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n ORDER BY k.i) AS "parentColumns",
           CASE c.confdeltype WHEN 'c' THEN 'CASCADE' WHEN 'n' THEN 'SET NULL' WHEN 'a' THEN 'NO ACTION' WHEN 'r' THEN 'RESTRICT' ELSE c.confdeltype::text END AS "onDelete",
           CASE WHEN c.confdelsetcols IS NULL THEN NULL ELSE ARRAY(SELECT a.attname::text FROM unnest(c.confdelsetcols) k(n) JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n) END AS "setNullColumns"
      FROM pg_constraint c JOIN pg_class ch ON ch.oid = c.conrelid JOIN pg_class pa ON pa.oid = c.confrelid
     WHERE c.contype = 'f' AND ch.relnamespace = current_schema()::regnamespace
       AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.conrelid AND a.attname = 'organizationId' AND NOT a.attisdropped)
       AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.confrelid AND a.attname = 'organizationId' AND NOT a.attisdropped)
     ORDER BY 1`);
  return rows;
}

const label = (r: Relation) => `${r.child}.${r.column} → ${r.parent}`;

describe("composite tenant foreign keys", () => {
  it("cover every reference between tenant tables, with the delete action of its simple foreign key", async () => {
    // A reference to a member (Membership(userId, organizationId): the risk register's owner and acceptor) is a
    // person, not a row of the tree; tests/integration/risks/risk-register.int.test.ts proves those keys.
    const fks = (await tenantForeignKeys()).filter((f) => f.parent !== "Membership");
    const simple = fks.filter((f) => f.columns.length === 1 && f.columns[0] !== "organizationId");
    const composite = fks.filter((f) => f.columns.length === 2);
    // Anything else (a foreign key on organizationId alone between tenant tables) would be a new shape to think about.
    expect(fks.length).toBe(simple.length + composite.length);
    // Each relation the schema has gets a composite twin, and the list the tests loop over is exactly the database's.
    // Loose id columns (no Prisma relation) have only the composite key.
    expect(simple.map((f) => `${f.child}.${f.columns[0]} → ${f.parent}`).sort()).toEqual(
      RELATIONS.filter((r) => !r.loose)
        .map(label)
        .sort(),
    );
    expect(composite.map((f) => f.name).sort()).toEqual(RELATIONS.map(constraintName).sort());
    for (const r of RELATIONS) {
      const twin = simple.find((f) => f.child === r.child && f.columns[0] === r.column);
      const fk = composite.find((f) => f.name === constraintName(r))!;
      expect({ child: fk.child, parent: fk.parent, columns: fk.columns, parentColumns: fk.parentColumns }).toEqual({
        child: r.child,
        parent: r.parent,
        columns: [r.column, "organizationId"],
        parentColumns: ["id", "organizationId"],
      });
      expect([twin?.onDelete ?? "none", fk.onDelete], label(r)).toEqual([r.loose ? "none" : r.onDelete, r.onDelete]);
      // SET NULL must null only the reference: the row keeps its organisation (and its NOT NULL column).
      expect(fk.setNullColumns, label(r)).toEqual(r.onDelete === "SET NULL" ? [r.column] : null);
      expect(fk.deferred, label(r)).toBe(!!r.deferred);
    }
  });

  it.each(RELATIONS.map((r) => [label(r), r] as const))(
    "refuse a raw INSERT of a cross-tenant row: %s",
    async (_, r) => {
      const refused = await error(() => insert(client, r.child, rowFor(r.child, b, { [r.column]: a[r.parent] })));
      expect(refused, "the database stored a row of one organisation pointing into another").not.toBeNull();
      expect({ code: refused!.code, constraint: refused!.constraint }, refused!.message).toEqual({
        code: "23503",
        constraint: constraintName(r),
      });
      // The same row pointing into its own organisation is stored.
      expect(await error(() => insert(client, r.child, rowFor(r.child, b)))).toBeNull();
    },
  );

  it.each(RELATIONS.map((r) => [label(r), r] as const))(
    "refuse a raw UPDATE that points a row into another organisation: %s",
    async (_, r) => {
      const refused = await error(async () => {
        const row = rowFor(r.child, b);
        await insert(client, r.child, row);
        // Sealed dossiers refuse any UPDATE by trigger; the foreign keys' own triggers stay on.
        await client.query(`ALTER TABLE "${r.child}" DISABLE TRIGGER USER`);
        const key = keyOf(row);
        await client.query(`UPDATE "${r.child}" SET "${r.column}" = $${key.values.length + 1} WHERE ${key.where}`, [
          ...key.values,
          a[r.parent],
        ]);
      });
      expect({ code: refused?.code, constraint: refused?.constraint }, refused?.message).toEqual({
        code: "23503",
        constraint: constraintName(r),
      });
    },
  );

  it.each(RELATIONS.filter((r) => r.deferred).map((r) => [label(r), r] as const))(
    "are checked at commit when deferred: %s",
    async (_, r) => {
      const row = rowFor(r.child, b, { [r.column]: a[r.parent] });
      await client.query("BEGIN");
      await insert(client, r.child, row);
      await expect(client.query("COMMIT")).rejects.toMatchObject({ code: "23503", constraint: constraintName(r) });
      const key = keyOf(row);
      expect((await client.query(`SELECT 1 FROM "${r.child}" WHERE ${key.where}`, key.values)).rows).toEqual([]);
    },
  );

  it.each(RELATIONS.map((r) => [label(r), r] as const))("keep the delete action (%s)", async (_, r) => {
    if (r.onDelete === "NO ACTION") {
      const refused = await error(async () => {
        await insert(client, r.child, rowFor(r.child, b));
        await client.query(`DELETE FROM "${r.parent}" WHERE id = $1`, [b[r.parent]]);
      });
      expect(refused?.code, refused?.message).toBe("23503");
      return;
    }
    await rolledBack(async () => {
      const row = rowFor(r.child, b);
      await insert(client, r.child, row);
      // Sealed dossiers refuse DELETE by trigger; the foreign keys' own triggers stay on.
      await client.query(`ALTER TABLE "DossierVersion" DISABLE TRIGGER USER`);
      // The tree's system holds its unit (NO ACTION): release it, so the unit's other children show their own action.
      if (r.parent === "BusinessUnit")
        await client.query(`UPDATE "AiSystem" SET "businessUnitId" = NULL WHERE "organizationId" = $1`, [b.org]);
      await client.query(`DELETE FROM "${r.parent}" WHERE id = $1`, [b[r.parent]]);
      const key = keyOf(row);
      const { rows } = await client.query(
        `SELECT "${r.column}" AS ref, "organizationId" AS org FROM "${r.child}" WHERE ${key.where}`,
        key.values,
      );
      expect(rows).toEqual(r.onDelete === "CASCADE" ? [] : [{ ref: null, org: b.org }]);
    });
  });

  it("delete a whole organisation through every cascade, and leave the other one whole", async () => {
    await rolledBack(async () => {
      for (const child of new Set(RELATIONS.map((r) => r.child))) await insert(client, child, rowFor(child, a));
      await client.query(`ALTER TABLE "DossierVersion" DISABLE TRIGGER USER`);
      await client.query(`ALTER TABLE "AuditEvent" DISABLE TRIGGER USER`);
      const count = async (org: string) => {
        let total = 0;
        for (const table of new Set(RELATIONS.flatMap((r) => [r.child, r.parent]))) {
          total += (await client.query(`SELECT count(*)::int AS n FROM "${table}" WHERE "organizationId" = $1`, [org]))
            .rows[0].n;
        }
        return total;
      };
      const bBefore = await count(b.org);
      await client.query(`DELETE FROM "Organization" WHERE id = $1`, [a.org]);
      expect(await count(a.org)).toBe(0);
      expect(await count(b.org)).toBe(bBefore);
    });
  });

  it("refuse moving a row to another organisation: a parent that has children, or a child alone", async () => {
    const child = rowFor("Comment", b);
    const moveParent = await error(async () => {
      await insert(client, "Comment", child);
      await client.query(`UPDATE "Obligation" SET "organizationId" = $1 WHERE id = $2`, [a.org, b.Obligation]);
    });
    expect(moveParent?.code, moveParent?.message).toBe("23503");
    const moveChild = await error(async () => {
      await insert(client, "Comment", child);
      await client.query(`UPDATE "Comment" SET "organizationId" = $1 WHERE id = $2`, [a.org, child.id]);
    });
    expect({ code: moveChild?.code, constraint: moveChild?.constraint }).toEqual({
      code: "23503",
      constraint: "Comment_obligationId_org_fk",
    });
  });
});
