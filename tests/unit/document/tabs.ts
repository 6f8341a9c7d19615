// Tabs for document store tests: stores on one fake database, and a channel between them.
import { expect } from "vitest";
import type { Channel, ChannelMessage } from "../../../src/persist/channel";
import type { JordbalanceDB } from "../../../src/persist/db";
import {
  createDocumentStore,
  type DocumentPersistence,
  idbPersistence,
} from "../../../src/state/document/documentStore";

/** A BroadcastChannel stand-in: delivers to every other subscriber, asynchronously. */
export function channelHub() {
  const all = new Set<(m: ChannelMessage) => void>();
  return (): Channel => {
    const mine = new Set<(m: ChannelMessage) => void>();
    return {
      post: (m) => {
        for (const l of all) if (!mine.has(l)) queueMicrotask(() => l(m));
      },
      subscribe(listener) {
        all.add(listener);
        mine.add(listener);
        return () => all.delete(listener);
      },
      close: () => {
        for (const l of mine) all.delete(l);
      },
    };
  };
}

export async function openTab(
  db: JordbalanceDB,
  workspaceId: string,
  options: { channel?: Channel; persistence?: DocumentPersistence } = {},
) {
  const store = createDocumentStore({
    persistence: options.persistence ?? idbPersistence(db),
    channel: options.channel,
  });
  expect(await store.getState().load(workspaceId)).toEqual({ ok: true });
  return store;
}
