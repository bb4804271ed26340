// Scopes from the graph, for lockfiles that do not flag dev and optional packages themselves
// (yarn, pnpm 9, poetry >= 1.2, Cargo): a package is required when a path of required edges
// reaches it from a root, optional when the best path crosses an optional edge, dev when every
// path starts with a dev edge.
import type { Scope } from './model.js';

export interface Edge {
  to: string;
  kind: Scope;
}

const RANK: Record<Scope, number> = { required: 0, optional: 1, dev: 2 };
const BY_RANK: Scope[] = ['required', 'optional', 'dev'];

/** Best scope of every node reachable from the root edges; unreachable nodes are absent. */
export function scopesFromGraph(rootEdges: Edge[], edgesOf: (id: string) => readonly Edge[]): Map<string, Scope> {
  const best = new Map<string, number>();
  const buckets: string[][] = [[], [], []];
  const offer = (id: string, rank: number) => {
    if ((best.get(id) ?? Infinity) <= rank) return;
    best.set(id, rank);
    buckets[rank]!.push(id);
  };
  for (const edge of rootEdges) offer(edge.to, RANK[edge.kind]);
  // Ranks never decrease along a path, so draining buckets in rank order settles each node once.
  for (let rank = 0; rank < buckets.length; rank++) {
    const bucket = buckets[rank]!;
    for (let i = 0; i < bucket.length; i++) {
      const id = bucket[i]!;
      if (best.get(id) !== rank) continue;
      for (const edge of edgesOf(id)) offer(edge.to, Math.max(rank, RANK[edge.kind]));
    }
  }
  return new Map([...best].map(([id, rank]) => [id, BY_RANK[rank]!]));
}
