import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TransportSimplex } from "../../../src/domain/match/networkSimplex";
import { randomProblem } from "./randomProblem";

/** Every structural promise of the spanning tree, checked from the public arrays. */
function treeProblems(sx: TransportSimplex, supply: Float64Array): string[] {
  const bad: string[] = [];
  const need = (ok: boolean, what: string) => {
    if (!ok) bad.push(what);
  };
  const n = sx.root + 1;
  const children = Array.from({ length: n }, () => [] as number[]);
  for (let p = 0; p < n; p++)
    for (let c = sx.firstChild[p] as number; c !== -1; c = sx.nextSib[c] as number) children[p]?.push(c);
  let treeArcs = 0;
  for (let a = 0; a < sx.arcCount; a++) if (sx.state[a] === 0) treeArcs++;
  need(treeArcs === n - 1, `tree arcs ${treeArcs}`);
  const sizeOf = (u: number): number => 1 + (children[u] ?? []).reduce((s, c) => s + sizeOf(c), 0);
  need(sizeOf(sx.root) === n, "not every node hangs from the root once");
  for (let u = 0; u < n; u++) {
    need(sx.size[u] === sizeOf(u), `size of ${u}`);
    if (u === sx.root) continue;
    const p = sx.parent[u] as number;
    need(children[p]?.includes(u) === true, `child list of ${p}`);
    const a = sx.pred[u] as number;
    need(sx.state[a] === 0, `pred of ${u} not in tree`);
    const up = sx.dir[u] === 1;
    need(up ? sx.src[a] === u && sx.tgt[a] === p : sx.src[a] === p && sx.tgt[a] === u, `direction of ${u}`);
    const rm =
      (sx.costM[a] as number) +
      (sx.piM[sx.src[a] as number] as number) -
      (sx.piM[sx.tgt[a] as number] as number);
    const rc =
      (sx.costC[a] as number) +
      (sx.piC[sx.src[a] as number] as number) -
      (sx.piC[sx.tgt[a] as number] as number);
    need(rm === 0 && Math.abs(rc) < 1e-7, `reduced cost on tree arc of ${u}`);
    // Strongly feasible: an empty tree arc points up, a full one down.
    const f = sx.flow[a] as number;
    if (f === 0) need(up, `empty tree arc of ${u} points down`);
    if (f === sx.cap[a]) need(!up, `full tree arc of ${u} points up`);
  }
  const net = new Float64Array(n);
  for (let a = 0; a < sx.arcCount; a++) {
    const f = sx.flow[a] as number;
    need(f >= 0 && f <= (sx.cap[a] as number), `bounds of arc ${a}`);
    if (sx.state[a] === 1) need(f === 0, `state lower of ${a}`);
    if (sx.state[a] === -1) need(f === sx.cap[a], `state upper of ${a}`);
    net[sx.src[a] as number] = (net[sx.src[a] as number] as number) + f;
    net[sx.tgt[a] as number] = (net[sx.tgt[a] as number] as number) - f;
  }
  for (let i = 0; i < sx.ns; i++) need(net[i] === supply[i], `conservation at source ${i}`);
  for (let j = 0; j < sx.nr; j++) need(net[sx.ns + j] === 0, `conservation at receiver ${j}`);
  return bad;
}

const checkTree = (sx: TransportSimplex, supply: Float64Array) =>
  expect(treeProblems(sx, supply)).toEqual([]);

function build(seed: number, ns: number, nr: number, ratio: number) {
  const p = randomProblem({
    ns,
    nr,
    seed,
    density: 0.8,
    wholeTonnes: true,
    ties: seed % 2 === 0,
    capacityRatio: ratio,
  });
  // The simplex works in whole quanta (here kg, as the data have three decimals).
  const supply = Float64Array.from(p.supplyTonnes, (t) => Math.round(t * 1000));
  const sx = new TransportSimplex(
    supply,
    Float64Array.from(p.capacityTonnes, (t) => Math.round(t * 1000)),
  );
  for (let i = 0; i < ns; i++) {
    for (let a = p.arcStart[i] as number; a < (p.arcStart[i + 1] as number); a++)
      sx.addPair(i, p.arcReceiver[a] as number, p.arcCost[a] as number, a);
  }
  return { p, sx, supply };
}

describe("TransportSimplex", () => {
  it("keeps a consistent, strongly feasible tree with zero reduced costs through every pivot", {
    timeout: 30_000,
  }, () => {
    fc.assert(
      fc.property(
        fc.constantFrom("list" as const, "block" as const),
        fc.integer({ min: 1, max: 1e6 }),
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 1, max: 7 }),
        fc.constantFrom(0.5, 1, 2),
        (pricing, seed, ns, nr, ratio) => {
          const { sx, supply } = build(seed, ns, nr, ratio);
          sx.pricing = pricing;
          checkTree(sx, supply);
          for (let k = 0; k < 500 && !sx.run(1); k++) checkTree(sx, supply);
          checkTree(sx, supply);
          sx.recomputePotentials();
          checkTree(sx, supply);
        },
      ),
      { numRuns: 80 },
    );
  });

  it("starts from a greedy flow as a valid tree, and refuses a flow that is not of greedy type", () => {
    const { sx, supply } = build(11, 6, 6, 1);
    // Greedy over the pair arcs in index order.
    const leftS = Float64Array.from(supply);
    const leftR = Float64Array.from(sx.cap.subarray(0, sx.nr));
    const arcs: number[] = [];
    const flows: number[] = [];
    for (let a = sx.nr + sx.ns; a < sx.arcCount; a++) {
      const i = sx.src[a] as number;
      const j = (sx.tgt[a] as number) - sx.ns;
      const f = Math.min(leftS[i] as number, leftR[j] as number);
      if (f <= 0) continue;
      leftS[i] = (leftS[i] as number) - f;
      leftR[j] = (leftR[j] as number) - f;
      arcs.push(a);
      flows.push(f);
    }
    sx.startFrom(Int32Array.from(arcs), Float64Array.from(flows));
    checkTree(sx, supply);
    while (!sx.run(1)) checkTree(sx, supply);

    // Half of each source to each receiver: the positive arcs form a cycle, not a forest.
    const bad = new TransportSimplex(Float64Array.of(2, 2), Float64Array.of(10, 10));
    bad.addPair(0, 0, 1, 0);
    bad.addPair(0, 1, 1, 1);
    bad.addPair(1, 0, 1, 2);
    bad.addPair(1, 1, 1, 3);
    expect(() => bad.startFrom(Int32Array.of(4, 5, 6, 7), Float64Array.of(1, 1, 1, 1))).toThrow(/greedy/);
  });
});
