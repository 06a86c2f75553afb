/**
 * COPY text rows for every table, derived from the in-memory organisation. Text fields come from a
 * per-row PRNG stream (seed, table, id), so a row is the same whatever else changes.
 */
import { entryHash, GENESIS_HASH } from '@kindling/api/ledger';
import { AUTHOR_STATE, END_MS, type Organisation, RELATION, ROLE, STATUS } from './organisation';
import { Rng } from './prng';
import { DEPARTMENTS, FILLER, FIRST_NAMES, JOB_TITLES, LAST_NAMES, OBJECTS, QUALIFIERS, SITES, TOPIC_WORDS, VERBS } from './words';

const CHUNK = 256 * 1024;

/** COPY text format: backslash, tab, newline and carriage return are escaped; null is \N. */
function esc(value: string): string {
  return /[\\\t\n\r]/.test(value) ? value.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r')) : value;
}

const iso = (ms: number) => new Date(ms).toISOString();

/** Batches rows into chunks of ~256 KB for the COPY stream. */
function* chunked(rows: Iterable<string>): Generator<string> {
  let buffer = '';
  for (const row of rows) {
    buffer += row;
    if (buffer.length >= CHUNK) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer) yield buffer;
}

export function topicTag(topic: number): string {
  const word = TOPIC_WORDS[topic % TOPIC_WORDS.length];
  const round = Math.floor(topic / TOPIC_WORDS.length);
  return round === 0 ? word : `${word}-${round}`;
}

export function departmentName(d: number): string {
  // d is 0-based; names are unique (case-insensitively) by construction
  const base = DEPARTMENTS[d % DEPARTMENTS.length];
  const site = SITES[Math.floor(d / DEPARTMENTS.length) % SITES.length];
  const round = Math.floor(d / (DEPARTMENTS.length * SITES.length));
  return `${base} (${site}${round ? ` ${round + 1}` : ''})`;
}

export function personName(seed: number, id: number): { name: string; email: string; title: string } {
  const r = new Rng(seed, 'person', id);
  const first = r.pick(FIRST_NAMES);
  const last = r.pick(LAST_NAMES);
  return { name: `${first} ${last}`, email: `${first}.${last}.${id}@example.org`.toLowerCase(), title: r.pick(JOB_TITLES) };
}

function sentence(r: Rng, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(r.pick(FILLER));
  const text = out.join(' ');
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

export function ideaTitle(seed: number, id: number, topic: number): string {
  const r = new Rng(seed, 'title', id);
  const title = `${r.pick(VERBS)} ${r.pick(OBJECTS)} ${r.pick(QUALIFIERS)}`;
  return r.chance(0.5) ? `${title} (${topicTag(topic).replace(/-/g, ' ')})` : title;
}

function ideaBody(seed: number, id: number): string {
  const r = new Rng(seed, 'body', id);
  const sentences: string[] = [];
  const count = 2 + r.int(4);
  for (let i = 0; i < count; i++) sentences.push(sentence(r, 6 + r.int(12)));
  let body = sentences.join(' ');
  if (r.chance(0.25)) body += `\n\n- ${sentence(r, 5 + r.int(5))}\n- ${sentence(r, 5 + r.int(5))}`;
  return body;
}

function ideaTags(seed: number, id: number, topic: number): string {
  const r = new Rng(seed, 'tags', id);
  const tags = [topicTag(topic)];
  if (r.chance(0.4)) {
    const extra = TOPIC_WORDS[r.int(TOPIC_WORDS.length)];
    if (!tags.includes(extra)) tags.push(extra);
  }
  return `{${tags.join(',')}}`;
}

export function departmentRows(org: Organisation): Iterable<string> {
  return chunked(
    (function* () {
      for (let d = 0; d < org.departments; d++) yield `${d + 1}\t${esc(departmentName(d))}\t${iso(Date.UTC(2018, 0, 1) + d * 86_400_000)}\n`;
    })(),
  );
}
export const DEPARTMENT_COLUMNS = 'id, name, created_at';

export function peopleRows(org: Organisation): Iterable<string> {
  return chunked(
    (function* () {
      for (let p = 1; p <= org.scale.people; p++) {
        const { name, email, title } = personName(org.seed, p);
        yield `${p}\t${esc(name)}\t${esc(email)}\t${esc(title)}\t${org.personDepartment[p]}\t${ROLE[org.personRole[p]]}\t${org.personActive[p] ? 't' : 'f'}\t${iso(org.personCreatedAt[p])}\n`;
      }
    })(),
  );
}
export const PEOPLE_COLUMNS = 'id, name, email, title, department_id, role, active, created_at';

/** Ideas `from`..`to` (inclusive; all by default). */
export function ideaRows(org: Organisation, from = 1, to = org.scale.ideas): Iterable<string> {
  return chunked(
    (function* () {
      for (let i = from; i <= to; i++) {
        const topic = org.ideaTopic[i];
        const endorsements = org.endStart[i + 1] - org.endStart[i];
        yield `${i}\t${esc(ideaTitle(org.seed, i, topic))}\t${esc(ideaBody(org.seed, i))}\t${ideaTags(org.seed, i, topic)}\t${STATUS[org.ideaStatus[i]]}\t${org.ideaRetention[i]}\t${org.ideaPoster[i]}\t${iso(org.ideaCreatedAt[i])}\t${endorsements}\t${org.childCount[i]}\n`;
      }
    })(),
  );
}
export const IDEA_COLUMNS = 'id, title, body, tags, status, retention, posted_by, created_at, endorsement_count, build_on_count';

export function edgeRows(org: Organisation): Iterable<string> {
  return chunked(
    (function* () {
      for (let c = 1; c <= org.scale.ideas; c++) {
        const relation = RELATION[org.ideaRelation[c]];
        const at = iso(org.ideaCreatedAt[c]);
        for (let k = org.parentStart[c]; k < org.parentStart[c + 1]; k++) yield `${c}\t${org.parentId[k]}\t${relation}\t${org.parentWeight[k]}\t${at}\n`;
      }
    })(),
  );
}
export const EDGE_COLUMNS = 'child_id, parent_id, relation, weight, created_at';

/** When co-author k of idea i answered (or was invited): between the idea and the next one. */
function coAuthorTime(org: Organisation, i: number, k: number): number {
  const next = i < org.scale.ideas ? org.ideaCreatedAt[i + 1] : org.ideaCreatedAt[i] + 1000;
  const gap = Math.max(1, next - org.ideaCreatedAt[i] - 1);
  return org.ideaCreatedAt[i] + 1 + Math.floor((gap * (k - org.coStart[i] + 1)) / (org.coStart[i + 1] - org.coStart[i] + 2));
}

export function authorRows(org: Organisation): Iterable<string> {
  return chunked(
    (function* () {
      for (let i = 1; i <= org.scale.ideas; i++) {
        const at = iso(org.ideaCreatedAt[i]);
        const poster = org.ideaPoster[i];
        yield `${i}\t${poster}\tACCEPTED\t\\N\t${at}\t${at}\n`;
        for (let k = org.coStart[i]; k < org.coStart[i + 1]; k++) {
          const state = AUTHOR_STATE[org.coState[k]];
          const answered = state === 'INVITED' ? '\\N' : iso(coAuthorTime(org, i, k));
          yield `${i}\t${org.coPerson[k]}\t${state}\t${poster}\t${at}\t${answered}\n`;
        }
      }
    })(),
  );
}
export const AUTHOR_COLUMNS = 'idea_id, person_id, state, invited_by, invited_at, responded_at';

export function endorsementRows(org: Organisation): Iterable<string> {
  return chunked(
    (function* () {
      for (let i = 1; i <= org.scale.ideas; i++) {
        if (org.endStart[i + 1] === org.endStart[i]) continue;
        const r = new Rng(org.seed, 'endorsed-at', i);
        const from = org.ideaCreatedAt[i];
        const span = Math.min(END_MS, from + 120 * 86_400_000) - from;
        for (let k = org.endStart[i]; k < org.endStart[i + 1]; k++) yield `${i}\t${org.endPerson[k]}\t${iso(from + 1000 + Math.floor(r.next() * span))}\n`;
      }
    })(),
  );
}
export const ENDORSEMENT_COLUMNS = 'idea_id, person_id, created_at';

/** Comments: a few per idea (more on good ideas), by people of the topic; 30 % reply to an earlier one. */
export function commentRows(org: Organisation, counter: { comments: number }): Iterable<string> {
  return chunked(
    (function* () {
      let id = 0;
      for (let i = 1; i <= org.scale.ideas; i++) {
        const r = new Rng(org.seed, 'comments', i);
        const count = Math.min(40, r.poisson(0.3 + 0.35 * org.ideaQuality[i]));
        if (count === 0) continue;
        const people = org.topicPeople[org.ideaTopic[i]];
        const from = org.ideaCreatedAt[i];
        const span = Math.min(END_MS, from + 90 * 86_400_000) - from;
        const times: number[] = [];
        for (let k = 0; k < count; k++) times.push(from + 1000 + Math.floor(r.next() * span));
        times.sort((a, b) => a - b);
        const first = id + 1;
        for (let k = 0; k < count; k++) {
          id++;
          const replyTo = k > 0 && r.chance(0.3) ? String(first + r.int(k)) : '\\N';
          yield `${id}\t${i}\t${people[r.int(people.length)]}\t${replyTo}\t${esc(sentence(r, 4 + r.int(20)))}\t${iso(times[k])}\n`;
        }
      }
      counter.comments = id;
    })(),
  );
}
export const COMMENT_COLUMNS = 'id, idea_id, author_id, reply_to_id, body, created_at';

/**
 * The hash-chained ledger, as the API would have written it: one IDEA_POSTED or BUILT_ON per idea
 * (payloads shaped like IdeasService's), then a COAUTHOR_ACCEPTED per accepted co-author.
 */
export function ledgerRows(org: Organisation, counter: { entries: number }): Iterable<string> {
  return chunked(
    (function* () {
      let seq = 0;
      let prevHash = GENESIS_HASH;
      const entry = function (occurredAt: number, eventType: string, actorId: string, payload: Record<string, unknown>): string {
        seq++;
        const fields = { seq: String(seq), occurredAt: new Date(occurredAt), eventType, actorId, payload, prevHash };
        const hash = entryHash(fields);
        const row = `${seq}\t${iso(occurredAt)}\t${eventType}\t${actorId}\t${esc(JSON.stringify(payload))}\t${prevHash}\t${hash}\n`;
        prevHash = hash;
        return row;
      };
      for (let i = 1; i <= org.scale.ideas; i++) {
        const ideaId = String(i);
        const authorId = String(org.ideaPoster[i]);
        const p0 = org.parentStart[i];
        const p1 = org.parentStart[i + 1];
        if (p0 === p1) {
          yield entry(org.ideaCreatedAt[i], 'IDEA_POSTED', authorId, { ideaId, authorId });
        } else {
          const parents = [];
          for (let k = p0; k < p1; k++) parents.push({ ideaId: String(org.parentId[k]), weight: org.parentWeight[k] });
          const relation = RELATION[org.ideaRelation[i]];
          yield entry(org.ideaCreatedAt[i], 'BUILT_ON', authorId, { ideaId, authorId, relation, retention: org.ideaRetention[i], parents });
        }
        for (let k = org.coStart[i]; k < org.coStart[i + 1]; k++) {
          if (org.coState[k] !== 0) continue;
          const personId = String(org.coPerson[k]);
          yield entry(coAuthorTime(org, i, k), 'COAUTHOR_ACCEPTED', personId, { ideaId, personId });
        }
      }
      counter.entries = seq;
    })(),
  );
}
export const LEDGER_COLUMNS = 'seq, occurred_at, event_type, actor_id, payload, prev_hash, hash';
