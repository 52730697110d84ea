import type { Logger } from '../../src/log';
import { loggableError } from './log-error';

/** What users.info tells us about one user: platform facts, no decisions. */
export interface UserFacts {
  isWorkspaceAdmin: boolean;
  locale?: string;
}

/** The one Web API call the directory makes (app.client.users.info). */
export type UsersInfo = (args: { user: string; include_locale: boolean }) => Promise<{
  user?: { is_admin?: boolean; is_owner?: boolean; is_primary_owner?: boolean; locale?: string };
}>;

const TTL_MS = 5 * 60 * 1000;

/**
 * Admin flag and locale per user, from users.info, kept a few minutes so a
 * busy channel does not call Slack for every click. A failed look-up counts
 * as "not an admin" and is not cached.
 */
export class UserDirectory {
  private readonly cache = new Map<string, { facts: UserFacts; until: number }>();

  constructor(
    private readonly usersInfo: UsersInfo,
    private readonly logger: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  async factsOf(teamId: string, userId: string): Promise<UserFacts> {
    const key = `${teamId}:${userId}`;
    const cached = this.cache.get(key);
    if (cached && cached.until > this.now()) return cached.facts;
    try {
      const { user } = await this.usersInfo({ user: userId, include_locale: true });
      const facts: UserFacts = {
        isWorkspaceAdmin: user?.is_admin === true || user?.is_owner === true || user?.is_primary_owner === true,
        ...(user?.locale && { locale: user.locale }),
      };
      this.cache.set(key, { facts, until: this.now() + TTL_MS });
      return facts;
    } catch (error) {
      this.logger.warn({ err: loggableError(error), user: userId }, 'slack: users.info failed; treating the user as not an admin');
      return { isWorkspaceAdmin: false };
    }
  }
}
