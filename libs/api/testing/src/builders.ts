import type pg from 'pg';

type Db = Pick<pg.Client, 'query'> | { query(sql: string, params?: unknown[]): Promise<any> };

async function rows(db: Db, sql: string, params: unknown[] = []): Promise<any[]> {
  const result = await db.query(sql, params);
  return Array.isArray(result) ? result : result.rows;
}

let seq = 0;

/** A department, straight into the database (people and departments have no write API yet). */
export async function aDepartment(db: Db, name = `Department ${++seq}`): Promise<string> {
  const [row] = await rows(db, `INSERT INTO departments (name) VALUES ($1) RETURNING id::text AS id`, [name]);
  return row.id;
}

/** A person in a department; returns the database id. */
export async function aPerson(db: Db, departmentId: string, name = `Person ${++seq}`, role = 'MEMBER'): Promise<string> {
  const [row] = await rows(
    db,
    `INSERT INTO people (name, email, title, department_id, role) VALUES ($1, $2, 'Engineer', $3, $4) RETURNING id::text AS id`,
    [name, `p${++seq}.${Date.now()}@example.test`, departmentId, role],
  );
  return row.id;
}

/** `count` people spread over `departments` new departments. */
export async function aStaff(db: Db, count: number, departments = 2): Promise<{ departmentIds: string[]; personIds: string[] }> {
  const departmentIds: string[] = [];
  for (let i = 0; i < departments; i++) departmentIds.push(await aDepartment(db));
  const personIds: string[] = [];
  for (let i = 0; i < count; i++) personIds.push(await aPerson(db, departmentIds[i % departments]));
  return { departmentIds, personIds };
}
