import type { Actor } from '../../src/platform/actor';
import type { UserDirectory } from './user-directory';

/** The ids every Slack request carries (slash command or interaction). */
export interface RequestIds {
  userId: string;
  teamId: string;
  channelId: string;
}

/** Platform facts only: the core decides what they allow. */
export async function actorOf(ids: RequestIds, directory: UserDirectory): Promise<Actor> {
  const facts = await directory.factsOf(ids.teamId, ids.userId);
  return {
    platform: 'slack',
    userId: ids.userId,
    workspaceId: ids.teamId,
    channelId: ids.channelId,
    ...(facts.locale && { locale: facts.locale }),
    facts: { isWorkspaceAdmin: facts.isWorkspaceAdmin },
  };
}

/** Ids of an interaction payload (block_actions, block_suggestion). */
export function interactionIds(body: {
  user: { id: string; team_id?: string };
  team: { id: string } | null;
  channel?: { id: string };
  container?: { channel_id?: unknown };
}): RequestIds {
  const containerChannel = typeof body.container?.channel_id === 'string' ? body.container.channel_id : '';
  return {
    userId: body.user.id,
    teamId: body.team?.id ?? body.user.team_id ?? '',
    channelId: body.channel?.id ?? containerChannel,
  };
}
