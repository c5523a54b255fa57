// Named entities: people, organisations, places.
export { createEntityReader, type EntityReader } from './entities.js';
