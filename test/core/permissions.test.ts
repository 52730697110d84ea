import { describe, expect, it } from 'vitest';
import { isAdmin, mayChange } from '../../src/commands/permissions';
import type { Actor } from '../../src/platform/actor';

const config = { slackAdminUserIds: ['USLACKADMIN'], discordAdminRoleIds: ['999'] };

function actor(platform: Actor['platform'], userId: string, facts: Actor['facts'] = {}): Actor {
  return { platform, userId, workspaceId: 'W', channelId: 'C', facts };
}

describe('permissions matrix', () => {
  it.each([
    ['the adder (slack)', actor('slack', 'U1'), 'U1', true],
    ['another slack user', actor('slack', 'U2'), 'U1', false],
    ['nobody recorded, plain user', actor('slack', 'U2'), undefined, false],
    ['slack workspace admin', actor('slack', 'U2', { isWorkspaceAdmin: true }), 'U1', true],
    ['slack user listed in slackAdminUserIds', actor('slack', 'USLACKADMIN'), 'U1', true],
    ['discord id equal to a slack admin id', actor('discord', 'USLACKADMIN'), 'U1', false],
    ['discord member with Manage Server', actor('discord', '2', { hasManageServer: true }), '1', true],
    ['discord member with an admin role', actor('discord', '2', { roleIds: ['5', '999'] }), '1', true],
    ['discord member with other roles', actor('discord', '2', { roleIds: ['5'] }), '1', false],
    ['discord member flagged as a Slack-style workspace admin only', actor('discord', '2', { isWorkspaceAdmin: true }), '1', false],
    ['discord adder', actor('discord', '1'), '1', true],
    ['console operator', actor('console', 'me', { isLocalOperator: true }), 'someone', true],
    ['console without the operator fact', actor('console', 'me'), 'someone', false],
    ['slack user claiming Manage Server (a Discord fact)', actor('slack', 'U2', { hasManageServer: true }), 'U1', false],
  ] as const)('%s', (_name, who, addedBy, allowed) => {
    expect(mayChange(who, addedBy, config)).toBe(allowed);
  });

  it('admin is decided by platform facts and config only', () => {
    expect(isAdmin(actor('slack', 'U9'), config)).toBe(false);
    expect(isAdmin(actor('discord', '9', { roleIds: ['999'] }), config)).toBe(true);
  });
});
