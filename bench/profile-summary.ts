/** The parts of a V8 .cpuprofile (node --cpu-prof) the summary reads. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface FunctionCost {
  functionName: string;
  /** file:line (1-based), or the V8 pseudo-frame's name. */
  location: string;
  /** Package (node_modules name), project file, `node core`, or a V8 pseudo-frame. */
  group: string;
  selfMs: number;
  /** Self time plus everything it called (each sample counted once per function). */
  totalMs: number;
}

export interface ProfileSummary {
  /** Sampled time not idle, ms (the base of every percentage). */
  busyMs: number;
  idleMs: number;
  functions: FunctionCost[];
  groups: { group: string; selfMs: number }[];
}

const PSEUDO = /^\(.*\)$/;

/** ajv compiles validators with `new Function`: no url, named validate, validate2, … */
const AJV_GENERATED = /^validate\d*$/;

/**
 * Where a frame's code lives: a package, a project file (its .ts source), node core, ajv's generated
 * validators, native code (bindings such as writev), or a V8 pseudo-frame such as (garbage collector).
 */
export function groupOf(url: string, functionName: string, root: string): string {
  if (!url) return PSEUDO.test(functionName) ? functionName : AJV_GENERATED.test(functionName) ? 'ajv (generated validators)' : '(native)';
  if (url.startsWith('node:')) return 'node core';
  const path = url.replace(/^file:\/\//, '');
  const nm = path.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const parts = path.slice(nm + '/node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  const relative = path.startsWith(`${root}/`) ? path.slice(root.length + 1) : path;
  return relative.replace(/^dist(-bench)?\//, '').replace(/\.js$/, '.ts');
}

function shortUrl(url: string, root: string): string {
  const path = url.replace(/^file:\/\//, '');
  const nm = path.lastIndexOf('/node_modules/');
  if (nm >= 0) return path.slice(nm + '/node_modules/'.length);
  return path.startsWith(`${root}/`) ? path.slice(root.length + 1) : path;
}

/**
 * Self and total time per function (functions keyed by name and location), and self time per group, from
 * the samples whose timestamps fall in [fromUs, toUs] (the profile's clock; default: all of them).
 */
export function summarizeProfile(profile: CpuProfile, root: string, window: { fromUs?: number; toUs?: number } = {}): ProfileSummary {
  const parent = new Map<number, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  const keyOf = (id: number) => {
    const f = byId.get(id)!.callFrame;
    return `${f.functionName}\u0000${f.url}\u0000${f.lineNumber}`;
  };
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let busy = 0;
  let idle = 0;
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i];
    const duration = i + 1 < profile.timeDeltas.length ? profile.timeDeltas[i + 1] : 0;
    if ((window.fromUs !== undefined && t < window.fromUs) || (window.toUs !== undefined && t > window.toUs)) continue;
    const id = profile.samples[i];
    const key = keyOf(id);
    if (byId.get(id)!.callFrame.functionName === '(idle)') {
      idle += duration;
      continue;
    }
    busy += duration;
    self.set(key, (self.get(key) ?? 0) + duration);
    const seen = new Set<string>();
    for (let node: number | undefined = id; node !== undefined; node = parent.get(node)) {
      const k = keyOf(node);
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + duration);
    }
  }
  const functions: FunctionCost[] = [...total.keys()]
    .filter((key) => !key.startsWith('(root)'))
    .map((key) => {
      const [functionName, url, line] = key.split('\u0000');
      return {
        functionName: functionName || '(anonymous)',
        location: url ? `${shortUrl(url, root)}:${Number(line) + 1}` : functionName,
        group: groupOf(url, functionName, root),
        selfMs: (self.get(key) ?? 0) / 1000,
        totalMs: total.get(key)! / 1000,
      };
    });
  const groups = new Map<string, number>();
  for (const f of functions) groups.set(f.group, (groups.get(f.group) ?? 0) + f.selfMs);
  return {
    busyMs: busy / 1000,
    idleMs: idle / 1000,
    functions,
    groups: [...groups].map(([group, selfMs]) => ({ group, selfMs })).sort((a, b) => b.selfMs - a.selfMs),
  };
}

const pct = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)}%`;

/**
 * Markdown tables: the top `n` functions by self time, self time by group, and the project's top functions
 * by total time. With the number of `requests` answered in the profile's window, each row also gets µs per request.
 */
export function formatSummary(s: ProfileSummary, n = 20, requests?: number, isProject: (group: string) => boolean = (g) => g.endsWith('.ts')): string {
  const perRequest = (ms: number) => (requests ? ` ${((ms * 1000) / requests).toFixed(1)} |` : '');
  const [head, align] = requests ? [' µs/req |', ' ---: |'] : ['', ''];
  const lines = [`Busy ${s.busyMs.toFixed(0)} ms sampled (idle ${s.idleMs.toFixed(0)} ms not counted); percentages are of busy time.`];
  if (requests) lines.push(`${requests} responses in the window: ${((s.busyMs * 1000) / requests).toFixed(0)} µs of CPU per request in all.`);
  lines.push('', `### Top ${n} functions by self time`, '', `| # | self ms | self % |${head} function | where | package / file |`, `| ---: | ---: | ---: |${align} --- | --- | --- |`);
  [...s.functions].sort((a, b) => b.selfMs - a.selfMs).slice(0, n).forEach((f, i) => {
    lines.push(`| ${i + 1} | ${f.selfMs.toFixed(0)} | ${pct(f.selfMs, s.busyMs)} |${perRequest(f.selfMs)} \`${f.functionName}\` | ${f.location} | ${f.group} |`);
  });
  lines.push('', '### Self time by package / file', '', `| package / file | self ms | self % |${head}`, `| --- | ---: | ---: |${align}`);
  for (const g of s.groups.slice(0, n)) lines.push(`| ${g.group} | ${g.selfMs.toFixed(0)} | ${pct(g.selfMs, s.busyMs)} |${perRequest(g.selfMs)}`);
  lines.push('', `### Project functions by total time (self + callees)`, '', `| function | where | total ms | total % |${head} self % |`, `| --- | --- | ---: | ---: |${align} ---: |`);
  const project = s.functions.filter((f) => isProject(f.group)).sort((a, b) => b.totalMs - a.totalMs).slice(0, n);
  for (const f of project) {
    lines.push(`| \`${f.functionName}\` | ${f.location} | ${f.totalMs.toFixed(0)} | ${pct(f.totalMs, s.busyMs)} |${perRequest(f.totalMs)} ${pct(f.selfMs, s.busyMs)} |`);
  }
  return `${lines.join('\n')}\n`;
}
