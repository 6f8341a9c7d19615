/**
 * A whole-period match result as the intake of the receivers (remainingCapacity.ts, basis
 * "flows"): each flow with its source's window. A result pro-rated to one year says nothing
 * about the other years, so it gives no flows.
 */
import type { MatchResult } from "../match";
import type { SiteProperties } from "../site";
import type { CapacityFlow } from "./remainingCapacity";

export function capacityFlowsOf(
  result: Pick<MatchResult, "flows" | "assumptions">,
  propsOf: (id: string) => Pick<SiteProperties, "availableFrom" | "availableTo"> | undefined,
): CapacityFlow[] | undefined {
  if (result.assumptions.year !== undefined) return undefined;
  return result.flows.map((f) => {
    const p = propsOf(f.sourceId);
    return {
      receiverId: f.receiverId,
      tonnes: f.tonnes,
      ...(p?.availableFrom ? { sourceFrom: p.availableFrom } : {}),
      ...(p?.availableTo ? { sourceTo: p.availableTo } : {}),
    };
  });
}
