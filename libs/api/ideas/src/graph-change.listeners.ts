import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * A write changed what some ideas' credit is made of: they are new, or their authors,
 * parents or retention changed. Listeners run inside the same transaction.
 */
export interface GraphChange {
  manager: EntityManager;
  ideaIds: string[];
  /** The ideas were created by this write: nothing builds on them and nothing is stored for them yet. */
  created: boolean;
}

export type GraphChangeListener = (change: GraphChange) => Promise<void>;

/** Lets the credit domain keep its materialised values in step without ideas depending on it. */
@Injectable()
export class GraphChangeListeners {
  private readonly listeners: GraphChangeListener[] = [];

  register(listener: GraphChangeListener): void {
    this.listeners.push(listener);
  }

  async notify(change: GraphChange): Promise<void> {
    for (const listener of this.listeners) await listener(change);
  }
}
