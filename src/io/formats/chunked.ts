/**
 * Per-record work in time slices: between slices the loop yields to the event loop, so a worker
 * can receive its cancel message and the progress bar moves. The abort signal is checked before
 * every slice.
 */
import type { Progress } from "./types";

/** Longest stretch of work between yields, ms: short enough for a cancel to feel immediate. */
const SLICE_MS = 40;
/**
 * Records between clock reads: a record costs 10 µs to several ms (a point in the sea is
 * measured against every coastline near it), a clock read well under 1 µs.
 */
const CHECK_EVERY = 8;

const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Calls `work(i)` for i in [0, count), reporting progress as `from + (to - from) * done/count`
 * (so one read can split its bar between parsing and converting).
 */
export async function runChunked(
  count: number,
  work: (index: number) => void,
  progress: Progress = {},
  from = 0,
  to = 1,
): Promise<void> {
  const { signal, onProgress } = progress;
  signal?.throwIfAborted();
  let sliceStart = performance.now();
  for (let i = 0; i < count; i++) {
    if (i % CHECK_EVERY === 0 && performance.now() - sliceStart > SLICE_MS) {
      onProgress?.(from + ((to - from) * i) / count);
      await yieldToEventLoop();
      signal?.throwIfAborted();
      sliceStart = performance.now();
    }
    work(i);
  }
  onProgress?.(to);
}
