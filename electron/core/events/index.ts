import type { Logger } from '../../common/log';
import { indexEvents } from '../search/indexer';
import { EventBus } from './bus';

export { EventBus } from './bus';
export type { CommittedListener, CommittedWrite, InTransactionSubscriber } from './bus';

/** The core's bus: the search index follows every write in its transaction. */
export function createCoreEventBus(log?: Logger): EventBus {
  const bus = new EventBus(log);
  bus.subscribeInTransaction(indexEvents);
  return bus;
}
