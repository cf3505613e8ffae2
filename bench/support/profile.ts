/**
 * Summarises a V8 .cpuprofile (as written by the app child with BENCH_PROFILE=1): where the
 * samples land by "area" (a package under node_modules, a folder of src/, Node internals, GC),
 * both self time and inclusive time (an area counts once per sample if it is anywhere on the
 * stack), and the functions with the most self time.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The part of the code a frame belongs to. */
export function areaOf(frame: ProfileNode['callFrame']): string {
  const { url, functionName } = frame;
  if (!url) {
    if (functionName === '(garbage collector)') return '(gc)';
    if (functionName === '(idle)') return '(idle)';
    if (functionName === '(program)') return '(program: native, not attributed)';
    if (functionName === '(root)') return '(root)';
    return '(native)';
  }
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/')[0] === 'internal' ? 'internal/' + (url.slice(5).split('/')[1] ?? '') : url.slice(5)}`;
  const path = url.startsWith('file://') ? fileURLToPath(url) : url;
  const nm = path.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const parts = path.slice(nm + '/node_modules/'.length).split('/');
    return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  if (path.startsWith(ROOT)) {
    const rel = path.slice(ROOT.length).split('/');
    return rel.length > 2 ? `${rel[0]}/${rel[1]}/` : rel.join('/');
  }
  return path;
}

function label(frame: ProfileNode['callFrame']): string {
  const name = frame.functionName || '(anonymous)';
  if (!frame.url) return name;
  let where = frame.url.startsWith('file://') ? fileURLToPath(frame.url) : frame.url;
  const nm = where.lastIndexOf('/node_modules/');
  if (nm >= 0) where = where.slice(nm + '/node_modules/'.length);
  else if (where.startsWith(ROOT)) where = where.slice(ROOT.length);
  return `${name}  ${where}:${frame.lineNumber + 1}`;
}

export interface ProfileSummary {
  samples: number;
  selfByArea: [string, number][];
  inclusiveByArea: [string, number][];
  selfByFunction: [string, number][];
}

export function summarise(file: string, top = 15): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map<number, ProfileNode>();
  const parent = new Map<number, number>();
  for (const n of profile.nodes) byId.set(n.id, n);
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

  // Sample counts per node (samples[] when present, else hitCount).
  const hits = new Map<number, number>();
  if (profile.samples && profile.samples.length > 0) for (const id of profile.samples) hits.set(id, (hits.get(id) ?? 0) + 1);
  else for (const n of profile.nodes) if (n.hitCount) hits.set(n.id, n.hitCount);

  const selfArea = new Map<string, number>();
  const inclArea = new Map<string, number>();
  const selfFn = new Map<string, number>();
  let total = 0;
  for (const [id, count] of hits) {
    const node = byId.get(id);
    if (!node) continue;
    const area = areaOf(node.callFrame);
    if (area === '(idle)') continue; // Time the server waited for the network; not cost.
    total += count;
    selfArea.set(area, (selfArea.get(area) ?? 0) + count);
    const fn = label(node.callFrame);
    selfFn.set(fn, (selfFn.get(fn) ?? 0) + count);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const n = byId.get(cur);
      if (n) seen.add(areaOf(n.callFrame));
    }
    seen.delete('(root)');
    for (const a of seen) inclArea.set(a, (inclArea.get(a) ?? 0) + count);
  }
  const sorted = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, v]) => [k, total ? v / total : 0] as [string, number]);
  return { samples: total, selfByArea: sorted(selfArea), inclusiveByArea: sorted(inclArea), selfByFunction: sorted(selfFn) };
}

export function formatSummary(title: string, s: ProfileSummary): string {
  const pct = (v: number) => `${(v * 100).toFixed(1).padStart(5)} %`;
  const lines = [`${title} — ${s.samples} busy samples (idle excluded)`];
  lines.push('  self time by area:');
  for (const [k, v] of s.selfByArea) lines.push(`    ${pct(v)}  ${k}`);
  lines.push('  inclusive time by area (on the stack):');
  for (const [k, v] of s.inclusiveByArea) lines.push(`    ${pct(v)}  ${k}`);
  lines.push('  functions with the most self time:');
  for (const [k, v] of s.selfByFunction) lines.push(`    ${pct(v)}  ${k}`);
  return lines.join('\n');
}
