/**
 * Who is asking, and where. Adapters fill this from the platform event; the
 * core alone decides what the actor may do (see src/commands/permissions.ts).
 */
export type Platform = 'slack' | 'discord' | 'console';

export interface Actor {
  platform: Platform;
  userId: string;
  /** Slack team id, Discord guild id, "local" on the console. */
  workspaceId: string;
  channelId: string;
  /** BCP-47-ish locale the platform reports (e.g. "it", "it-IT", "en-US"). */
  locale?: string;
  /** Platform facts only; no decisions. */
  facts: {
    /** Slack: workspace admin or owner. */
    isWorkspaceAdmin?: boolean;
    /** Discord: the member has Manage Server (or Administrator). */
    hasManageServer?: boolean;
    /** Discord: the member's role ids. */
    roleIds?: readonly string[];
    /** Console: the local operator owns everything. */
    isLocalOperator?: boolean;
  };
}
