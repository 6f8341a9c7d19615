/** A problem found in an input file; the build collects all of them before it stops. */
export interface Fault {
  /** File name as the user knows it, e.g. "dagi-kommuner.geojson". */
  file: string;
  /** Which feature or record, e.g. 'feature #3 (0101 København)'; absent for whole-file faults. */
  where?: string;
  message: string;
}

export function formatFault(f: Fault): string {
  return f.where === undefined ? `${f.file}: ${f.message}` : `${f.file}: ${f.where}: ${f.message}`;
}

/** Thrown when inputs are faulty; its message lists every fault, one a line. */
export class GeodataInputError extends Error {
  readonly faults: readonly Fault[];

  constructor(faults: readonly Fault[]) {
    super(
      `geodata input has ${faults.length} fault${faults.length === 1 ? "" : "s"}:\n${faults.map((f) => `  - ${formatFault(f)}`).join("\n")}`,
    );
    this.name = "GeodataInputError";
    this.faults = faults;
  }
}
