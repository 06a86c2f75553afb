import type { INestApplicationContext } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { Viewer } from '@kindling/api/core';
import { EngagementService } from '@kindling/api/engagement';
import { AuthorshipService, GraphService } from '@kindling/api/graph';
import { DEMO_DEPARTMENTS, DEMO_IDEAS, DEMO_PEOPLE, type DemoComment } from './demo-data';
import { DEMO_EXTRAS, type DemoContext } from './demo-extras';

const DAY = 86_400_000;

/**
 * Loads the demo organisation through the same services the API uses (so credit, counters and
 * the ledger are exactly what real use would produce), then dates ideas and comments as written.
 * Deterministic: the same data on every machine, relative to the load date.
 */
export async function loadDemoOrganisation(db: DataSource, app: INestApplicationContext, now = Date.now()): Promise<{ people: number; ideas: number }> {
  const graph = app.get(GraphService);
  const authorship = app.get(AuthorshipService);
  const engagement = app.get(EngagementService);
  const departmentIds = new Map<string, string>();
  for (const d of DEMO_DEPARTMENTS) {
    const [row] = await db.query(`INSERT INTO departments (name) VALUES ($1) RETURNING id::text AS id`, [d.name]);
    departmentIds.set(d.key, row.id);
  }
  const people = new Map<string, Viewer>();
  for (const p of DEMO_PEOPLE) {
    const [row] = await db.query(
      `INSERT INTO people (name, email, title, department_id, role) VALUES ($1, $2, $3, $4, $5) RETURNING id::text AS id, role`,
      [p.name, p.email, p.title, departmentIds.get(p.departmentKey), p.role],
    );
    people.set(p.key, row);
  }
  const person = (key: string) => {
    const found = people.get(key);
    if (!found) throw new Error(`demo data: unknown person "${key}"`);
    return found;
  };

  const ideaIds = new Map<string, string>();
  for (const idea of DEMO_IDEAS) {
    const author = person(idea.authorKey);
    const fields = { title: idea.title, body: idea.body, tags: idea.tags ?? [] };
    const id = idea.parents?.length
      ? await graph.buildOn(author, {
          ...fields,
          parentIds: idea.parents.map((p) => ideaIds.get(p.key)!),
          relation: idea.relation ?? null,
          split: idea.parents.every((p) => p.weight) ? idea.parents.map((p) => p.weight!) : null,
        })
      : await graph.postIdea(author, fields);
    ideaIds.set(idea.key, id);
    for (const coAuthor of idea.coAuthorKeys ?? []) {
      await authorship.inviteCoAuthor(author, { ideaId: id, personId: person(coAuthor).id, split: null });
      await authorship.acceptCoAuthorship(person(coAuthor), id);
    }
    const postedAt = new Date(now - idea.daysAgo * DAY);
    for (const [index, endorser] of idea.endorsedBy.entries()) {
      await engagement.endorse(person(endorser), id);
      // most endorsements come soon after posting, a few trickle in later
      const fraction = ((index + 1) / (idea.endorsedBy.length + 1)) ** 2;
      await db.query(`UPDATE endorsements SET created_at = $3 WHERE idea_id = $1 AND person_id = $2`, [id, person(endorser).id, new Date(postedAt.getTime() + fraction * idea.daysAgo * DAY)]);
    }
    // statuses other than NEW come from the review workflow (demo-review.ts)
    await db.query(`UPDATE ideas SET created_at = $2 WHERE id = $1`, [id, postedAt]);
    await db.query(`UPDATE idea_edges SET created_at = $2 WHERE child_id = $1`, [id, postedAt]);
    // co-authors were invited when it was posted and accepted within the day
    await db.query(
      `UPDATE idea_authors SET invited_at = $2::timestamptz, responded_at = CASE WHEN person_id = $3::bigint THEN $2::timestamptz ELSE $4::timestamptz END WHERE idea_id = $1`,
      [id, postedAt, author.id, new Date(postedAt.getTime() + Math.min(DAY / 3, idea.daysAgo * DAY * 0.5))],
    );
    // and the split they agreed on holds from then (with the poster alone before, any weight is all of it)
    await db.query(`UPDATE idea_author_weights SET valid_from = $2 WHERE idea_id = $1`, [id, postedAt]);
    let minutes = 0;
    const addComments = async (comments: DemoComment[] | undefined, replyTo: string | null) => {
      for (const c of comments ?? []) {
        const commentId = await engagement.comment(person(c.authorKey), { ideaId: id, body: c.body, replyToId: replyTo });
        minutes += 90 + ((minutes * 7) % 600); // spread over the days after posting, deterministically
        await db.query(`UPDATE comments SET created_at = $2 WHERE id = $1`, [commentId, new Date(postedAt.getTime() + Math.min(minutes * 60_000, idea.daysAgo * DAY * 0.9))]);
        await addComments(c.replies, commentId);
      }
    };
    await addComments(idea.comments, null);
  }
  const context: DemoContext = {
    db,
    app,
    now,
    person,
    ideaId: (key) => {
      const found = ideaIds.get(key);
      if (!found) throw new Error(`demo data: unknown idea "${key}"`);
      return found;
    },
    departmentId: (key) => {
      const found = departmentIds.get(key);
      if (!found) throw new Error(`demo data: unknown department "${key}"`);
      return found;
    },
  };
  for (const loadExtra of DEMO_EXTRAS) await loadExtra(context);
  return { people: people.size, ideas: ideaIds.size };
}

/** Loads the demo organisation into an empty database; does nothing once anything is there. */
export async function loadDemoOrganisationOnce(
  db: DataSource,
  app: INestApplicationContext,
  onStart: () => void = () => undefined,
): Promise<{ people: number; ideas: number } | null> {
  const [{ empty }] = await db.query(`SELECT NOT EXISTS (SELECT 1 FROM people) AS empty`);
  if (!empty) return null;
  onStart();
  return loadDemoOrganisation(db, app);
}
