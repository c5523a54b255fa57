// bin/herald loads dist/src/cli.js: the CLI itself lives in src/cli/.
export { runCli } from './cli/index.js';
