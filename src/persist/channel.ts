/**
 * Tabs tell each other about saves on a BroadcastChannel, so an idle tab can reload a workspace
 * another tab changed. Any page of the origin can post on it: messages are checked, not trusted.
 */
export type ChannelMessage = { type: "saved"; workspaceId: string; revision: number };

export interface Channel {
  post(message: ChannelMessage): void;
  /** Returns the unsubscribe function. */
  subscribe(listener: (message: ChannelMessage) => void): () => void;
  close(): void;
}

export const CHANNEL_NAME = "jordbalance";

function isMessage(data: unknown): data is ChannelMessage {
  if (data === null || typeof data !== "object") return false;
  const m = data as Record<string, unknown>;
  return m.type === "saved" && typeof m.workspaceId === "string" && Number.isInteger(m.revision);
}

/** The browser's channel, or undefined where there is none (the tab then learns on its next save). */
export function broadcastChannel(name = CHANNEL_NAME): Channel | undefined {
  if (typeof BroadcastChannel === "undefined") return undefined;
  const channel = new BroadcastChannel(name);
  return {
    post: (message) => channel.postMessage(message),
    subscribe(listener) {
      const onMessage = (event: MessageEvent) => {
        if (isMessage(event.data)) listener(event.data);
      };
      channel.addEventListener("message", onMessage);
      return () => channel.removeEventListener("message", onMessage);
    },
    close: () => channel.close(),
  };
}
