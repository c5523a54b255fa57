// Types for scripts/node-runtime.js, which stays plain JavaScript so an old Node can run it.
export declare const MIN_NODE_MAJOR: number;
export declare const PINNED_NODE: string;
export declare function isSupportedNode(version: string): boolean;
export declare function nodePackageName(platform: string, arch: string): string;
export declare function projectNode(root?: string): string | null;
export declare function installNode(version: string, prefix: string): string;
export declare function ensureNode(root?: string): void;
export declare function ingestRuntime(
  command: string | undefined,
  execArgv: readonly string[],
  env: Record<string, string | undefined>,
): { flags: string[]; env: Record<string, string> };
