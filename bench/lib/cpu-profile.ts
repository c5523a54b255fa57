// Reads a V8 .cpuprofile (node --cpu-prof) of `herald ingest` and says where the time went: the
// functions with the most self time, and each ingest stage's share. A sample is charged to the
// innermost frame on its stack that belongs to a stage (so a tokeniser called by the keyword reader
// counts as word scanning, and the regex or GC work under it goes to the JavaScript that asked).

export interface ProfileSummary {
  totalMs: number;
  top: Array<{ name: string; where: string; selfMs: number; share: number }>;
  stages: Array<{ stage: string; ms: number; share: number }>;
}

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Stage of a source file, by its path; the first rule that matches wins. */
const STAGE_RULES: Array<[RegExp, string]> = [
  [/core\/article\/|ingest\/parse-file|ingest\/html|core\/text\/decode/, 'parse and clean'],
  [/ingest\/language|franc/, 'language detection'],
  [/core\/text\/sentences/, 'sentences'],
  [/core\/text\/(tokens|word-ids|stopwords|hash|id-set|pair-map)|core\/analyze/, 'word scanning'],
  [/core\/summary\//, 'summaries'],
  [/core\/quotes\//, 'quotes and speakers'],
  [/core\/keywords\//, 'keywords'],
  [/core\/entities\//, 'entities'],
  [/core\/story\//, 'story signatures'],
  [/store\/quotes|writeQuotes/, 'quote rows'],
  [/store\/|better-sqlite3/, 'store writes (SQLite, FTS)'],
  [/ingest\/(loader|walk|to-stored)|node:fs|node:crypto/, 'read files, hash, batch'],
];

function stageOf(frame: CallFrame): string | null {
  // JSON encoding of stored fields is its own stage, wherever it is called from.
  if (frame.functionName === 'stringify' && frame.url === '') return 'JSON encoding';
  if (frame.functionName === 'writeQuotes' || frame.functionName === 'insertQuotes') return 'quote rows';
  if (frame.functionName === 'run' && frame.url === '') return 'store writes (SQLite, FTS)';
  for (const [pattern, stage] of STAGE_RULES) if (pattern.test(frame.url)) return stage;
  return null;
}

function shortWhere(frame: CallFrame): string {
  if (!frame.url) return '(native)';
  const path = frame.url.replace(/^file:\/\//, '');
  const cut = path.search(/\/(src|node_modules|bench)\//);
  return `${cut >= 0 ? path.slice(cut + 1) : path}:${frame.lineNumber + 1}`;
}

export function summarizeProfile(profile: CpuProfile, topCount = 12): ProfileSummary {
  const byId = new Map<number, ProfileNode>();
  const parent = new Map<number, number>();
  for (const node of profile.nodes) {
    byId.set(node.id, node);
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const stageCache = new Map<number, string>();
  const stageOfNode = (id: number): string => {
    const cached = stageCache.get(id);
    if (cached !== undefined) return cached;
    const node = byId.get(id);
    let stage = 'other';
    if (node) {
      const own = stageOf(node.callFrame);
      const name = node.callFrame.functionName;
      if (own) stage = own;
      else if (name === '(garbage collector)' || name === '(program)' || name === '(idle)')
        stage = name === '(idle)' ? 'idle' : 'other';
      else if (parent.has(id)) stage = stageOfNode(parent.get(id) as number);
    }
    stageCache.set(id, stage);
    return stage;
  };
  const self = new Map<number, number>();
  const stages = new Map<string, number>();
  let totalUs = 0;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    const node = byId.get(id);
    if (node?.callFrame.functionName === '(idle)') return;
    totalUs += delta;
    self.set(id, (self.get(id) ?? 0) + delta);
    const stage = stageOfNode(id);
    stages.set(stage, (stages.get(stage) ?? 0) + delta);
  });
  // Self time per function (all nodes of the same function and place added up).
  const perFunction = new Map<string, { name: string; where: string; us: number }>();
  for (const [id, us] of self) {
    const frame = (byId.get(id) as ProfileNode).callFrame;
    const where = shortWhere(frame);
    const key = `${frame.functionName}@${where}`;
    const entry = perFunction.get(key) ?? { name: frame.functionName || '(anonymous)', where, us: 0 };
    entry.us += us;
    perFunction.set(key, entry);
  }
  const share = (us: number) => (totalUs > 0 ? (100 * us) / totalUs : 0);
  return {
    totalMs: totalUs / 1000,
    top: [...perFunction.values()]
      .sort((a, b) => b.us - a.us)
      .slice(0, topCount)
      .map((e) => ({ name: e.name, where: e.where, selfMs: e.us / 1000, share: share(e.us) })),
    stages: [...stages]
      .sort((a, b) => b[1] - a[1])
      .map(([stage, us]) => ({ stage, ms: us / 1000, share: share(us) })),
  };
}

export function formatProfile(summary: ProfileSummary): string[] {
  const lines = [`profile: ${summary.totalMs.toFixed(0)} ms sampled`];
  for (const s of summary.stages)
    lines.push(`  stage ${s.stage.padEnd(28)} ${s.share.toFixed(1).padStart(5)} %`);
  lines.push('profile top (self time):');
  for (const t of summary.top) {
    lines.push(`  ${t.share.toFixed(1).padStart(5)} %  ${t.name}  ${t.where}`);
  }
  return lines;
}
