// Named entities: people, organisations, places.
export { extractEntities } from './entities.js';
