// Types for scripts/test-pg.js, plain JavaScript shared by vitest's global setup and .ci/run.
export declare const INSTALL_HINT: string;
export declare function findPgBin(root?: string): string | null;
export declare function startTestPg(database?: string): Promise<{ url: string; dir: string }>;
export declare function stopTestPg(dir: string): void;
export declare function haltTestPg(dir: string): void;
export declare function restartTestPg(dir: string): void;
