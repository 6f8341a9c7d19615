/**
 * Primal network simplex for the transportation problem with a lexicographic objective:
 * first place as many tonnes as possible, then minimise cost.
 *
 * Network: source nodes 0..ns-1 (supply in integer quanta), receiver nodes ns..ns+nr-1, and a
 * sink T = ns+nr that is also the root of the spanning tree. Arcs:
 *  - receiver j → T, capacity = receiver capacity, cost 0;
 *  - source i → T ("unplaced"), uncapacitated, cost (1, 0);
 *  - source i → receiver j, uncapacitated, cost (0, c_ij), added in batches (column generation).
 * Costs are pairs (M, C) compared lexicographically: the M part counts tonnes left unplaced and
 * is always an exact small integer, so "as many tonnes as possible" is decided exactly and no
 * numeric big-M can swamp the real costs.
 *
 * Flows are integer multiples of one quantum (whole grams by default), held exactly in doubles,
 * so bound tests are exact and the strongly feasible tree (Cunningham's rule: the last blocking
 * arc of the cycle, counted from its apex) rules out cycling. The tree is stored as parent
 * pointers, subtree sizes and doubly linked child lists; a pivot re-hangs the cut-off subtree
 * and shifts the potentials of whichever side of the cut is smaller (potentials only matter up
 * to a constant). Entering arcs come from block search pricing.
 */

const UP = 1; // tree arc points from the node to its parent
const DOWN = -1;
const LOWER = 1; // non-tree arc at flow 0
const UPPER = -1; // non-tree arc at capacity
const TREE = 0;

export class TransportSimplex {
  readonly ns: number;
  readonly nr: number;
  readonly root: number;
  /** Arcs in use; fixed arcs first: receiver→T (nr), then source→T (ns), then pairs. */
  arcCount = 0;
  pivots = 0;

  src: Int32Array;
  tgt: Int32Array;
  costC: Float64Array;
  costM: Int8Array;
  cap: Float64Array;
  flow: Float64Array;
  state: Int8Array;
  /** The caller's tag for a pair arc (its index in the full arc list); -1 for fixed arcs. */
  tag: Int32Array;

  readonly parent: Int32Array;
  readonly pred: Int32Array;
  readonly dir: Int8Array;
  /** Nodes in the subtree of each node, itself included. */
  readonly size: Int32Array;
  /** Marks for the apex search: a node is on a walked path when its mark equals the stamp. */
  private readonly mark: Int32Array;
  private stamp = 0;
  readonly firstChild: Int32Array;
  readonly nextSib: Int32Array;
  readonly prevSib: Int32Array;
  /** Node potentials, M part (exact integers) and C part. */
  readonly piM: Float64Array;
  readonly piC: Float64Array;

  /** Supply of each source, quanta. */
  private readonly supply: Float64Array;
  /** Pricing block = blockFactor × √(arcs). */
  blockFactor = 1;
  /** Candidate list re-used over a few pivots (fewer pivots and scans here), or block search. */
  pricing: "block" | "list" = "list";
  private list = new Int32Array(0);
  private listCount = 0;
  private minor = 0;
  /** A reduced cost counts as negative below -eps (C units); set from the cost scale. */
  eps = 1e-12;
  private nextArc = 0;

  constructor(supplyQuanta: Float64Array, capacityQuanta: Float64Array, expectedPairs = 0) {
    const ns = supplyQuanta.length;
    const nr = capacityQuanta.length;
    this.ns = ns;
    this.nr = nr;
    this.supply = supplyQuanta;
    const n = ns + nr + 1;
    this.root = n - 1;
    const m0 = nr + ns + Math.max(16, expectedPairs);
    this.src = new Int32Array(m0);
    this.tgt = new Int32Array(m0);
    this.costC = new Float64Array(m0);
    this.costM = new Int8Array(m0);
    this.cap = new Float64Array(m0);
    this.flow = new Float64Array(m0);
    this.state = new Int8Array(m0);
    this.tag = new Int32Array(m0);
    this.parent = new Int32Array(n);
    this.pred = new Int32Array(n);
    this.dir = new Int8Array(n);
    this.size = new Int32Array(n).fill(1);
    this.mark = new Int32Array(n);
    this.firstChild = new Int32Array(n).fill(-1);
    this.nextSib = new Int32Array(n).fill(-1);
    this.prevSib = new Int32Array(n).fill(-1);
    this.piM = new Float64Array(n);
    this.piC = new Float64Array(n);

    // Initial strongly feasible tree: every node hangs from T. Receivers by their (empty)
    // capacity arc, pointing up; sources by their "unplaced" arc carrying all their supply.
    const T = this.root;
    this.parent[T] = -1;
    this.size[T] = n;
    this.pred[T] = -1;
    for (let j = 0; j < nr; j++) {
      const a = this.pushArc(ns + j, T, 0, 0, capacityQuanta[j] as number, -1);
      this.hangInitial(ns + j, a);
    }
    for (let i = 0; i < ns; i++) {
      const a = this.pushArc(i, T, 0, 1, Number.POSITIVE_INFINITY, -1);
      this.flow[a] = supplyQuanta[i] as number;
      this.hangInitial(i, a);
      this.piM[i] = -1; // 1 + π_i − π_T = 0
    }
  }

  private hangInitial(u: number, a: number): void {
    this.state[a] = TREE;
    this.parent[u] = this.root;
    this.pred[u] = a;
    this.dir[u] = UP;
    this.linkChild(this.root, u);
  }

  private grow(min: number): void {
    let size = this.src.length;
    if (size >= min) return;
    while (size < min) size *= 2;
    const g = <T extends Int32Array | Float64Array | Int8Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(size);
      b.set(a);
      return b;
    };
    this.src = g(this.src);
    this.tgt = g(this.tgt);
    this.costC = g(this.costC);
    this.costM = g(this.costM);
    this.cap = g(this.cap);
    this.flow = g(this.flow);
    this.state = g(this.state);
    this.tag = g(this.tag);
  }

  private pushArc(s: number, t: number, c: number, cm: number, cap: number, tag: number): number {
    const a = this.arcCount++;
    if (a >= this.src.length) this.grow(a + 1);
    this.src[a] = s;
    this.tgt[a] = t;
    this.costC[a] = c;
    this.costM[a] = cm;
    this.cap[a] = cap;
    this.flow[a] = 0;
    this.state[a] = LOWER;
    this.tag[a] = tag;
    return a;
  }

  /** Adds a source→receiver arc (uncapacitated) at flow 0; `tag` identifies it to the caller. */
  addPair(source: number, receiver: number, cost: number, tag: number): void {
    if (this.arcCount + 1 > this.src.length) this.grow(this.arcCount + 1);
    this.pushArc(source, this.ns + receiver, cost, 0, Number.POSITIVE_INFINITY, tag);
  }

  /** Makes room for `k` more arcs at once. */
  reserve(k: number): void {
    this.grow(this.arcCount + k);
  }

  private linkChild(p: number, c: number): void {
    const f = this.firstChild[p] as number;
    this.prevSib[c] = -1;
    this.nextSib[c] = f;
    if (f !== -1) this.prevSib[f] = c;
    this.firstChild[p] = c;
  }

  private unlinkChild(p: number, c: number): void {
    const prev = this.prevSib[c] as number;
    const next = this.nextSib[c] as number;
    if (prev !== -1) this.nextSib[prev] = next;
    else this.firstChild[p] = next;
    if (next !== -1) this.prevSib[next] = prev;
  }

  /**
   * Starts from a given feasible flow on pair arcs instead of "all unplaced" (a crash basis).
   * The flow must come from a greedy-type method, where every positive arc emptied its source
   * or filled its receiver when it was chosen: then the positive arcs form a forest and each of
   * its trees has at most one node left partly open. That node (or, if none, any source, by its
   * empty "unplaced" arc) links the tree to T, which makes the basis strongly feasible: every
   * node can push flow up to the root.
   */
  startFrom(pairArcs: Int32Array, pairFlowQuanta: Float64Array): void {
    const { ns, nr, root, flow, state, src, tgt, parent, pred, dir, size, firstChild, nextSib, prevSib } =
      this;
    const n = ns + nr + 1;
    // Flows on the fixed arcs follow from the pair flows.
    for (let a = nr + ns; a < this.arcCount; a++) {
      flow[a] = 0;
      state[a] = LOWER;
    }
    const out = new Float64Array(ns);
    const inn = new Float64Array(nr);
    const adjStart = new Int32Array(n + 1);
    pairArcs.forEach((a, k) => {
      const f = pairFlowQuanta[k] as number;
      flow[a] = f;
      out[src[a] as number] = (out[src[a] as number] as number) + f;
      inn[(tgt[a] as number) - ns] = (inn[(tgt[a] as number) - ns] as number) + f;
      adjStart[(src[a] as number) + 1] = (adjStart[(src[a] as number) + 1] as number) + 1;
      adjStart[(tgt[a] as number) + 1] = (adjStart[(tgt[a] as number) + 1] as number) + 1;
    });
    for (let j = 0; j < nr; j++) flow[j] = inn[j] as number;
    for (let i = 0; i < ns; i++) flow[nr + i] = (this.supply[i] as number) - (out[i] as number);
    // Adjacency of the forest (CSR by node).
    for (let u = 0; u < n; u++) adjStart[u + 1] = (adjStart[u + 1] as number) + (adjStart[u] as number);
    const adj = new Int32Array(2 * pairArcs.length);
    const fill = adjStart.slice(0, n);
    for (const a of pairArcs) {
      const s = src[a] as number;
      const t = tgt[a] as number;
      adj[fill[s] as number] = a;
      fill[s] = (fill[s] as number) + 1;
      adj[fill[t] as number] = a;
      fill[t] = (fill[t] as number) + 1;
    }
    // Open = the node's link to T carries flow strictly inside its bounds.
    const isOpen = (u: number) =>
      u < ns
        ? (flow[nr + u] as number) > 0
        : (flow[u - ns] as number) > 0 && (flow[u - ns] as number) < (this.cap[u - ns] as number);
    const linkOf = (u: number) => (u < ns ? nr + u : u - ns);

    firstChild.fill(-1);
    nextSib.fill(-1);
    prevSib.fill(-1);
    size.fill(1);
    const seen = new Uint8Array(n);
    const queue = new Int32Array(n);
    const comp = new Int32Array(n);
    const hung = new Uint8Array(n);
    seen[root] = 1;
    for (let start = 0; start < root; start++) {
      if (seen[start]) continue;
      // Collect the tree of `start`, then pick its link node.
      let len = 0;
      queue[len++] = start;
      seen[start] = 1;
      for (let q = 0; q < len; q++) {
        const u = queue[q] as number;
        for (let k = adjStart[u] as number; k < (adjStart[u + 1] as number); k++) {
          const a = adj[k] as number;
          const v = (src[a] as number) === u ? (tgt[a] as number) : (src[a] as number);
          if (!seen[v]) {
            seen[v] = 1;
            queue[len++] = v;
          }
        }
      }
      let top = -1;
      for (let q = 0; q < len && top < 0; q++) if (isOpen(queue[q] as number)) top = queue[q] as number;
      for (let q = 0; q < len && top < 0; q++) if ((queue[q] as number) < ns) top = queue[q] as number;
      if (top < 0) top = start; // a lone receiver with nothing in: its empty arc, pointing up
      // Hang the tree from T at `top`, then breadth-first below it.
      const link = linkOf(top);
      parent[top] = root;
      pred[top] = link;
      dir[top] = UP;
      state[link] = TREE;
      this.linkChild(root, top);
      let clen = 0;
      comp[clen++] = top;
      hung[top] = 1;
      for (let q = 0; q < clen; q++) {
        const u = comp[q] as number;
        for (let k = adjStart[u] as number; k < (adjStart[u + 1] as number); k++) {
          const a = adj[k] as number;
          const v = (src[a] as number) === u ? (tgt[a] as number) : (src[a] as number);
          if (hung[v]) continue;
          hung[v] = 1;
          parent[v] = u;
          pred[v] = a;
          dir[v] = (src[a] as number) === v ? UP : DOWN;
          state[a] = TREE;
          this.linkChild(u, v);
          comp[clen++] = v;
        }
      }
      // Subtree sizes, leaves first.
      for (let q = clen - 1; q > 0; q--) {
        const v = comp[q] as number;
        size[parent[v] as number] = (size[parent[v] as number] as number) + (size[v] as number);
      }
      // Links of the other nodes sit at a bound: an emptied source's "unplaced" arc at 0, a
      // filled receiver's capacity arc at its capacity.
      for (let q = 0; q < clen; q++) {
        const u = comp[q] as number;
        if (u === top) continue;
        const l = linkOf(u);
        if (isOpen(u)) throw new Error("network simplex: start flow is not of greedy type");
        state[l] = u < ns || (flow[l] as number) === 0 ? LOWER : UPPER;
      }
    }
    size[root] = n;
    this.recomputePotentials();
  }

  /**
   * Heuristic first pivots: each source's cheapest arc enters if its reduced cost is negative,
   * which quickly replaces "unplaced" by direct placements.
   */
  initialPivots(arcsFrom: number, arcsTo: number): void {
    const ns = this.ns;
    const best = new Int32Array(ns).fill(-1);
    for (let a = arcsFrom; a < arcsTo; a++) {
      const s = this.src[a] as number;
      const b = best[s] as number;
      if (b === -1 || (this.costC[a] as number) < (this.costC[b] as number)) best[s] = a;
    }
    for (let i = 0; i < ns; i++) {
      const a = best[i] as number;
      if (a === -1 || this.state[a] !== LOWER) continue;
      const rm =
        (this.costM[a] as number) +
        (this.piM[this.src[a] as number] as number) -
        (this.piM[this.tgt[a] as number] as number);
      const rc =
        (this.costC[a] as number) +
        (this.piC[this.src[a] as number] as number) -
        (this.piC[this.tgt[a] as number] as number);
      if (rm < 0 || (rm === 0 && rc < -this.eps)) {
        this.pivot(a);
        this.pivots++;
      }
    }
  }

  /**
   * Block-search pricing: scans blocks of about √m arcs from where the last scan stopped and
   * returns the most negative arc of the first block that has one, or -1 when none is left.
   * Pair arcs (the bulk) have no M cost and are never at an upper bound, which saves work.
   */
  private findEntering(): number {
    const m = this.arcCount;
    const fixed = this.nr + this.ns;
    const block = Math.max(32, Math.ceil(this.blockFactor * Math.sqrt(m)));
    const { state, costM, costC, src, tgt, piM, piC } = this;
    const eps = this.eps;
    let e = this.nextArc;
    if (e >= m) e = 0;
    let bestE = -1;
    let bestM = 0;
    let bestC = -eps;
    let cnt = block;
    for (let k = 0; k < m; k++) {
      const s = state[e] as number;
      if (s !== TREE) {
        const u = src[e] as number;
        const v = tgt[e] as number;
        if (e >= fixed) {
          const rm = (piM[u] as number) - (piM[v] as number);
          if (rm <= 0) {
            const rc = (costC[e] as number) + (piC[u] as number) - (piC[v] as number);
            if (rm < bestM || (rm === bestM && rc < bestC)) {
              bestM = rm;
              bestC = rc;
              bestE = e;
            }
          }
        } else {
          const rm = s * ((costM[e] as number) + (piM[u] as number) - (piM[v] as number));
          if (rm <= 0) {
            const rc = s * ((costC[e] as number) + (piC[u] as number) - (piC[v] as number));
            if (rm < bestM || (rm === bestM && rc < bestC)) {
              bestM = rm;
              bestC = rc;
              bestE = e;
            }
          }
        }
      }
      e++;
      if (e === m) e = 0;
      if (--cnt === 0) {
        if (bestE !== -1) break;
        cnt = block;
      }
    }
    this.nextArc = e;
    return bestE;
  }

  /**
   * Candidate-list pricing: a major scan collects up to L eligible arcs; the next few pivots
   * re-price only that list and take its best, until it runs dry or K pivots have used it.
   */
  private findEnteringList(): number {
    const m = this.arcCount;
    const fixed = this.nr + this.ns;
    // List length and re-use as in LEMON's candidate-list rule (¼√m, a tenth of the list).
    const L = Math.max(8, Math.ceil(0.25 * Math.sqrt(m)));
    const K = Math.max(2, Math.ceil(0.1 * L));
    if (this.list.length < L) this.list = new Int32Array(L);
    const { list, state, costM, costC, src, tgt, piM, piC } = this;
    const eps = this.eps;
    let best = -1;
    let bm = 0;
    let bc = 0;
    if (this.minor < K && this.listCount > 0) {
      let kept = 0;
      for (let k = 0; k < this.listCount; k++) {
        const e = list[k] as number;
        const s = state[e] as number;
        if (s === TREE) continue;
        const u = src[e] as number;
        const v = tgt[e] as number;
        const rm = s * ((costM[e] as number) + (piM[u] as number) - (piM[v] as number));
        if (rm > 0) continue;
        const rc = s * ((costC[e] as number) + (piC[u] as number) - (piC[v] as number));
        if (rm === 0 && rc >= -eps) continue;
        list[kept++] = e;
        if (best === -1 || rm < bm || (rm === bm && rc < bc)) {
          best = e;
          bm = rm;
          bc = rc;
        }
      }
      this.listCount = kept;
      if (best !== -1) {
        this.minor++;
        return best;
      }
    }
    // Major scan; pair arcs (the bulk) have no M cost and are never at an upper bound.
    this.minor = 0;
    let count = 0;
    let e = this.nextArc;
    if (e >= m) e = 0;
    for (let k = 0; k < m && count < L; k++) {
      const s = state[e] as number;
      if (s !== TREE) {
        const u = src[e] as number;
        const v = tgt[e] as number;
        let rm: number;
        let rc: number;
        if (e >= fixed) {
          rm = (piM[u] as number) - (piM[v] as number);
          rc = rm > 0 ? 0 : (costC[e] as number) + (piC[u] as number) - (piC[v] as number);
        } else {
          rm = s * ((costM[e] as number) + (piM[u] as number) - (piM[v] as number));
          rc = rm > 0 ? 0 : s * ((costC[e] as number) + (piC[u] as number) - (piC[v] as number));
        }
        if (rm < 0 || (rm === 0 && rc < -eps)) {
          list[count++] = e;
          if (best === -1 || rm < bm || (rm === bm && rc < bc)) {
            best = e;
            bm = rm;
            bc = rc;
          }
        }
      }
      e++;
      if (e === m) e = 0;
    }
    this.listCount = count;
    this.nextArc = e;
    if (best !== -1) this.minor = 1;
    return best;
  }

  /**
   * Pivots until optimal or `maxPivots` more pivots were made.
   * Returns true when optimal for the arcs added so far.
   */
  run(maxPivots: number): boolean {
    for (let k = 0; k < maxPivots; k++) {
      const e = this.pricing === "list" ? this.findEnteringList() : this.findEntering();
      if (e === -1) return true;
      this.pivot(e);
      this.pivots++;
    }
    return false;
  }

  /** The apex of the cycle: both paths climb in turn, marking nodes, until one meets the other. */
  private join(a: number, b: number): number {
    if (a === b) return a;
    const { parent, mark } = this;
    if (this.stamp > 2 ** 30) {
      mark.fill(0);
      this.stamp = 0;
    }
    const sa = ++this.stamp;
    const sb = ++this.stamp;
    const r = this.root;
    let u = a;
    let v = b;
    mark[u] = sa;
    mark[v] = sb;
    for (;;) {
      if (u !== r) {
        u = parent[u] as number;
        if (mark[u] === sb) return u;
        mark[u] = sa;
      }
      if (v !== r) {
        v = parent[v] as number;
        if (mark[v] === sa) return v;
        mark[v] = sb;
      }
    }
  }

  private pivot(e: number): void {
    const { parent, pred, dir, flow, cap } = this;
    const s = this.state[e] as number;
    const first = s === LOWER ? (this.src[e] as number) : (this.tgt[e] as number);
    const second = s === LOWER ? (this.tgt[e] as number) : (this.src[e] as number);
    const apex = this.join(first, second);

    // The cycle is apex → … → first → (e) → second → … → apex. Cunningham's rule: leave by the
    // last blocking arc met in that order (strict < on the first side, ≤ on the second).
    let delta = cap[e] as number;
    let uOut = -1;
    let side = 0;
    for (let u = first; u !== apex; u = parent[u] as number) {
      const a = pred[u] as number;
      const d = dir[u] === UP ? (flow[a] as number) : (cap[a] as number) - (flow[a] as number);
      if (d < delta) {
        delta = d;
        uOut = u;
        side = 1;
      }
    }
    for (let u = second; u !== apex; u = parent[u] as number) {
      const a = pred[u] as number;
      const d = dir[u] === UP ? (cap[a] as number) - (flow[a] as number) : (flow[a] as number);
      if (d <= delta) {
        delta = d;
        uOut = u;
        side = 2;
      }
    }
    if (delta === Number.POSITIVE_INFINITY) throw new Error("network simplex: unbounded cycle");

    if (delta > 0) {
      flow[e] = (flow[e] as number) + s * delta;
      for (let u = first; u !== apex; u = parent[u] as number) {
        const a = pred[u] as number;
        flow[a] = (flow[a] as number) + (dir[u] === UP ? -delta : delta);
      }
      for (let u = second; u !== apex; u = parent[u] as number) {
        const a = pred[u] as number;
        flow[a] = (flow[a] as number) + (dir[u] === UP ? delta : -delta);
      }
    }
    if (side === 0) {
      // The entering arc itself blocks: it moves to its other bound, the tree stays.
      this.state[e] = -s;
      return;
    }
    const leave = pred[uOut] as number;
    const toLower = side === 1 ? dir[uOut] === UP : dir[uOut] === DOWN;
    this.state[leave] = toLower ? LOWER : UPPER;
    this.state[e] = TREE;
    const uIn = side === 1 ? first : second;
    const vIn = side === 1 ? second : first;
    this.rehang(e, uIn, vIn, uOut, apex);
  }

  /** Cuts the subtree below uOut, re-roots it at uIn and hangs it from vIn by arc e. */
  private rehang(e: number, uIn: number, vIn: number, uOut: number, apex: number): void {
    const { parent, pred, dir, size, piM, piC } = this;
    const dirIn = this.src[e] === uIn ? UP : DOWN;
    // Tree arcs have zero reduced cost: π_uIn = π_vIn − dir·cost(e).
    const sigmaM = (piM[vIn] as number) - dirIn * (this.costM[e] as number) - (piM[uIn] as number);
    const sigmaC = (piC[vIn] as number) - dirIn * (this.costC[e] as number) - (piC[uIn] as number);
    const moved = size[uOut] as number;

    // Sizes on the cycle: the old branch above uOut loses the subtree, the new one gains it.
    for (let u = parent[uOut] as number; u !== apex; u = parent[u] as number)
      size[u] = (size[u] as number) - moved;
    for (let u = vIn; u !== apex; u = parent[u] as number) size[u] = (size[u] as number) + moved;

    // Reverse the stem uIn … uOut. Re-rooted at uIn, stem node w_k (k ≥ 1) keeps everything of
    // the moved subtree except the old subtree of w_(k-1).
    let w = uIn;
    let newPar = vIn;
    let newPred = e;
    let newDir = dirIn;
    let newSize = moved;
    for (;;) {
      const oldPar = parent[w] as number;
      const oldPred = pred[w] as number;
      const oldDir = dir[w] as number;
      const oldSize = size[w] as number;
      this.unlinkChild(oldPar, w);
      parent[w] = newPar;
      pred[w] = newPred;
      dir[w] = newDir;
      size[w] = newSize;
      this.linkChild(newPar, w);
      if (w === uOut) break;
      newPar = w;
      newPred = oldPred;
      newDir = -oldDir;
      newSize = moved - oldSize;
      w = oldPar;
    }

    // Shift the potentials of the smaller side of the cut.
    if (2 * moved <= size.length) this.shiftSubtree(uIn, sigmaM, sigmaC, -1);
    else this.shiftSubtree(this.root, -sigmaM, -sigmaC, uIn);
  }

  /** Adds (dm, dc) to the potentials of the subtree of `top`, leaving out the subtree of `skip`. */
  private shiftSubtree(top: number, dm: number, dc: number, skip: number): void {
    const { parent, firstChild, nextSib, piM, piC } = this;
    // Most pivots leave the M part alone (placement settles early): one array to touch, not two.
    const withM = dm !== 0;
    let u = top;
    for (;;) {
      if (u !== skip) {
        if (withM) piM[u] = (piM[u] as number) + dm;
        piC[u] = (piC[u] as number) + dc;
        const c = firstChild[u] as number;
        if (c !== -1) {
          u = c;
          continue;
        }
      }
      // Next in pre-order after u's subtree: a sibling, or the nearest ancestor's sibling.
      let next = nextSib[u] as number;
      while (next === -1 && u !== top) {
        u = parent[u] as number;
        next = nextSib[u] as number;
      }
      if (u === top) return;
      u = next;
    }
  }

  /** Recomputes all potentials from the tree (removes drift from incremental updates). */
  recomputePotentials(): void {
    const { parent, pred, dir, firstChild, nextSib, piM, piC, costM, costC } = this;
    const r = this.root;
    piM[r] = 0;
    piC[r] = 0;
    let u = firstChild[r] as number;
    while (u !== -1) {
      const a = pred[u] as number;
      const p = parent[u] as number;
      const d = dir[u] as number;
      piM[u] = (piM[p] as number) - d * (costM[a] as number);
      piC[u] = (piC[p] as number) - d * (costC[a] as number);
      const c = firstChild[u] as number;
      if (c !== -1) {
        u = c;
        continue;
      }
      while (u !== r && nextSib[u] === -1) u = parent[u] as number;
      if (u === r) break;
      u = nextSib[u] as number;
    }
  }
}
