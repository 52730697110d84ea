import type Keyv from 'keyv';
import type { Actor } from '../platform/actor';
import type { TrackingRef } from '../subscriptions/store';
import { joinKey, normalizeRef } from '../subscriptions/subscription-keys';

type Workspace = Pick<Actor, 'platform' | 'workspaceId'>;

/** Normalised like subscription keys, so `abc123` and `ABC123` have one owner. */
function ownerKey(workspace: Workspace, ref: TrackingRef): string {
  const { carrier, number } = normalizeRef(ref);
  return joinKey('owner', [workspace.platform, workspace.workspaceId, carrier, number]);
}

/** Who added each tracking, per workspace: the basis of the owner-only permissions. */
export class OwnerRegistry {
  constructor(private readonly kv: Keyv) {}

  async addedBy(workspace: Workspace, ref: TrackingRef): Promise<string | undefined> {
    return (await this.kv.get<string>(ownerKey(workspace, ref))) ?? undefined;
  }

  /** The owners of many trackings in one kv round trip, in the order asked. */
  async addedByEach(workspace: Workspace, refs: readonly TrackingRef[]): Promise<(string | undefined)[]> {
    if (refs.length === 0) return [];
    const found = await this.kv.getMany<string>(refs.map((ref) => ownerKey(workspace, ref)));
    return found.map((owner) => owner ?? undefined);
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
    const [fromKey, toKey] = [ownerKey(workspace, from), ownerKey(workspace, to)];
    if (fromKey === toKey) return;
    const owner = await this.kv.get<string>(fromKey);
    if (owner === undefined) return;
    await this.kv.set(toKey, owner);
    await this.kv.delete(fromKey);
  }

  async forget(workspace: Workspace, ref: TrackingRef): Promise<void> {
    await this.kv.delete(ownerKey(workspace, ref));
  }
}
