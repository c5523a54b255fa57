// Every slash command Herald registers, in the order Discord lists them.
import { about } from './about.js';
import { digest } from './digest.js';
import { latest } from './latest.js';
import { quotes } from './quotes.js';
import { search } from './search.js';
import { summary } from './summary.js';

export const commands = [latest, search, summary, quotes, digest, about];
export type { HeraldContext } from './context.js';
