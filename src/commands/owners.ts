import type Keyv from 'keyv';
import type { Actor } from '../platform/actor';
import type { TrackingRef } from '../subscriptions/store';

type Workspace = Pick<Actor, 'platform' | 'workspaceId'>;

function ownerKey(workspace: Workspace, ref: TrackingRef): string {
  return `owner:${workspace.platform}:${workspace.workspaceId}:${ref.carrier}:${ref.number}`;
}

/** Who added each tracking, per workspace: the basis of the owner-only permissions. */
export class OwnerRegistry {
  constructor(private readonly kv: Keyv) {}

  async addedBy(workspace: Workspace, ref: TrackingRef): Promise<string | undefined> {
    return (await this.kv.get<string>(ownerKey(workspace, ref))) ?? undefined;
  }

  async record(actor: Actor, ref: TrackingRef): Promise<void> {
    await this.kv.set(ownerKey(actor, ref), actor.userId);
  }

  /** Records the actor as owner unless someone already is; returns the owner. */
  async claim(actor: Actor, ref: TrackingRef): Promise<string> {
    const current = await this.addedBy(actor, ref);
    if (current !== undefined) return current;
    await this.record(actor, ref);
    return actor.userId;
  }

  async move(workspace: Workspace, from: TrackingRef, to: TrackingRef): Promise<void> {
    const owner = await this.addedBy(workspace, from);
    if (owner === undefined) return;
    await this.kv.set(ownerKey(workspace, to), owner);
    await this.kv.delete(ownerKey(workspace, from));
  }

  async forget(workspace: Workspace, ref: TrackingRef): Promise<void> {
    await this.kv.delete(ownerKey(workspace, ref));
  }
}
