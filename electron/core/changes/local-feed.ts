import type { ChangeEvent } from '@shared/live/changes';
import type { Logger } from '../../common/log';
import { Listeners, type ChangeFeed, type ChangeListener } from './feed';

/**
 * A solo workspace: one process owns the file, so the feed is in-process. Events go out after the
 * commit (`committed`), never from inside the transaction: a rolled-back write publishes nothing.
 */
export class LocalChangeFeed implements ChangeFeed {
  private readonly listeners: Listeners;

  constructor(log: Logger) {
    this.listeners = new Listeners((e) => log.error('change listener failed', e));
  }

  subscribe(listener: ChangeListener): () => void {
    return this.listeners.add(listener);
  }

  stage(): Promise<void> {
    return Promise.resolve();
  }

  committed(event: ChangeEvent): void {
    this.listeners.emit(event);
  }

  close(): Promise<void> {
    this.listeners.clear();
    return Promise.resolve();
  }
}
