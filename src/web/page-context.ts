import type { Store } from '../store/index.js';
import type { GatewayView } from './gateway.js';
import type { StatusQueries } from '../store/index.js';
import type { ErrorLog } from './recent-errors.js';

/** Everything a page reads; built once in server.ts. */
export interface PageContext {
  store: Store;
  queries: StatusQueries;
  gateway: GatewayView;
  errors: Pick<ErrorLog, 'recent'> | null;
  now: () => number;
}
