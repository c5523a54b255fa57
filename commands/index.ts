// Every slash command Herald registers, in the order Discord lists them.
import { about } from './about.js';
import { alert } from './alert.js';
import { digest } from './digest.js';
import { feed } from './feed.js';
import { herald } from './herald.js';
import { latest } from './latest.js';
import { quotes } from './quotes.js';
import { search } from './search.js';
import { summary } from './summary.js';

export const commands = [latest, search, summary, quotes, digest, feed, alert, herald, about];
export type { HeraldContext } from './context.js';
