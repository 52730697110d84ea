import type { Actor } from '../platform/actor';

export interface PermissionConfig {
  slackAdminUserIds: readonly string[];
  discordAdminRoleIds: readonly string[];
}

/** Who may change any tracking in the actor's workspace, whoever added it. */
export function isAdmin(actor: Actor, config: PermissionConfig): boolean {
  const { facts } = actor;
  switch (actor.platform) {
    case 'console':
      return facts.isLocalOperator === true;
    case 'slack':
      return facts.isWorkspaceAdmin === true || config.slackAdminUserIds.includes(actor.userId);
    case 'discord':
      // The guild owner and Administrators have Manage Server too.
      return (
        facts.hasManageServer === true ||
        (facts.roleIds ?? []).some((role) => config.discordAdminRoleIds.includes(role))
      );
  }
}

/**
 * Reading is open to all. Deleting, changing the carrier, watching and the
 * other owner-only commands are for whoever added the tracking in this
 * workspace (`addedBy`, from the owner registry) and for admins.
 */
export function mayChange(actor: Actor, addedBy: string | undefined, config: PermissionConfig): boolean {
  return addedBy === actor.userId || isAdmin(actor, config);
}
