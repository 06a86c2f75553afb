import { Injectable } from '@nestjs/common';
import { type Connection, RequestErrors, isKeysetCursor, pageRequest, toConnection } from '@kindling/api/core';
import { Idea } from '@kindling/api/graph';
import type { BoardQuery, IdeaListQuery } from './ideas.queries';
import { IdeasRepository, ORDER_KEYS } from './ideas.repository';
import { draftTerms } from './similar-terms';

/** The read side: the idea list (feed, filters, search), similar ideas, the board and tags. */
@Injectable()
export class IdeasService {
  constructor(private readonly repository: IdeasRepository) {}

  async list(query: IdeaListQuery): Promise<Connection<Idea>> {
    const page = pageRequest(query.page);
    // a cursor of another list or order would reach SQL as a value of the wrong type
    if (page.cursor && !isKeysetCursor(page.cursor, ORDER_KEYS[query.order].isKey)) throw RequestErrors.invalidCursor('cursor', String(query.page.after ?? query.page.before));
    const filter = { ...query.filter, tag: query.filter.tag?.trim().toLowerCase() || null, text: query.filter.text?.trim() || null };
    const rows = await this.repository.page(filter, query.order, page);
    const connection = toConnection(rows, page, (r) => [ORDER_KEYS[query.order].of(r), r.id], Idea.from);
    if (query.withTotal) connection.totalCount = await this.repository.count(filter);
    return connection;
  }

  /** Existing ideas like a draft (as typed, in English or Dutch), so people build on instead of duplicating. */
  async similar(title: string, body: string, limit: number): Promise<Array<{ idea: Idea; score: number }>> {
    const terms = draftTerms(title, body);
    if (!terms.title && terms.groups.length === 0) return [];
    const rows = await this.repository.similar(terms, limit);
    return rows.map((r) => ({ idea: Idea.from(r), score: r.score }));
  }

  async board(query: BoardQuery): Promise<Array<{ rank: number; idea: Idea; momentum: number }>> {
    const rows = await this.repository.board(query);
    return rows.map((r, index) => ({ rank: index + 1, idea: Idea.from(r), momentum: r.momentum }));
  }

  tags(search: string, limit: number): Promise<Array<{ tag: string; ideaCount: number }>> {
    return this.repository.tags(search.trim().toLowerCase(), limit);
  }
}
