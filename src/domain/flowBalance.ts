/**
 * Each municipality's balance under a match: tonnes leaving it for receivers elsewhere,
 * tonnes arriving from sources elsewhere, and what stays inside. Flows with a site whose
 * municipality is unknown are counted under the code "".
 */
export interface FlowLike {
  sourceId: string;
  receiverId: string;
  tonnes: number;
}

export interface MunicipalityFlowBalance {
  code: string;
  outTonnes: number;
  inTonnes: number;
  internalTonnes: number;
  /** inTonnes − outTonnes: positive when the municipality takes in more than it sends out. */
  netTonnes: number;
}

export function municipalityFlowBalance(
  flows: readonly FlowLike[],
  municipalityOf: (siteId: string) => string | undefined,
): MunicipalityFlowBalance[] {
  const byCode = new Map<string, MunicipalityFlowBalance>();
  const entry = (code: string) => {
    let e = byCode.get(code);
    if (!e) {
      e = { code, outTonnes: 0, inTonnes: 0, internalTonnes: 0, netTonnes: 0 };
      byCode.set(code, e);
    }
    return e;
  };
  for (const f of flows) {
    const from = municipalityOf(f.sourceId) ?? "";
    const to = municipalityOf(f.receiverId) ?? "";
    if (from === to) {
      entry(from).internalTonnes += f.tonnes;
      continue;
    }
    entry(from).outTonnes += f.tonnes;
    entry(to).inTonnes += f.tonnes;
  }
  for (const e of byCode.values()) e.netTonnes = e.inTonnes - e.outTonnes;
  return [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code));
}
