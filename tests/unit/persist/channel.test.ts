import { afterEach, describe, expect, it, vi } from "vitest";
import { broadcastChannel, type ChannelMessage } from "../../../src/persist/channel";

const opened: BroadcastChannel[] = [];
afterEach(() => {
  for (const c of opened.splice(0)) c.close();
});

/** A raw channel, as another page of the origin (or a hostile script) would post on it. */
function raw(name: string): BroadcastChannel {
  const c = new BroadcastChannel(name);
  opened.push(c);
  return c;
}

describe("broadcastChannel", () => {
  it("delivers save messages from other tabs and ignores anything else", async () => {
    const name = `test-${Math.random()}`;
    const tab = broadcastChannel(name);
    const received = vi.fn<(m: ChannelMessage) => void>();
    const unsubscribe = tab?.subscribe(received);
    const other = raw(name);
    other.postMessage({ type: "saved", workspaceId: "ws-1", revision: "7" });
    other.postMessage({ type: "deleted", workspaceId: "ws-1" });
    other.postMessage("saved");
    other.postMessage({ type: "saved", workspaceId: "ws-1", revision: 7 });
    await vi.waitFor(() => expect(received).toHaveBeenCalledTimes(1));
    expect(received).toHaveBeenCalledWith({ type: "saved", workspaceId: "ws-1", revision: 7 });
    unsubscribe?.();
    tab?.close();
  });

  it("posts to the other tabs", async () => {
    const name = `test-${Math.random()}`;
    const listener = raw(name);
    const got = new Promise<unknown>((resolve) =>
      listener.addEventListener("message", (e) => resolve(e.data)),
    );
    const tab = broadcastChannel(name);
    tab?.post({ type: "saved", workspaceId: "ws-2", revision: 1 });
    expect(await got).toEqual({ type: "saved", workspaceId: "ws-2", revision: 1 });
    tab?.close();
  });
});
