import type { Store } from '../src/store/index.js';
import type { DigestService } from '../src/digests/service.js';

/** What every command handler is given, and no more: built once in src/bot.ts (the one place that wires). */
export interface HeraldContext {
  store: Store;
  now: () => number;
  version: string;
  digests: DigestService;
}
