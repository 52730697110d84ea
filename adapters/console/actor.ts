import { userInfo } from 'node:os';
import type { Actor } from '../../src/platform/actor';

type Env = Readonly<Record<string, string | undefined>>;

/** The local operator: owns everything on the console. */
export function consoleActor(env: Env = process.env): Actor {
  return {
    platform: 'console',
    userId: localUserName(env),
    workspaceId: 'local',
    channelId: 'console',
    locale: localeFromEnv(env),
    facts: { isLocalOperator: true },
  };
}

/** POSIX order: LC_ALL, then LC_MESSAGES, then LANG. "it_IT.UTF-8" -> "it"; C/POSIX -> undefined. */
export function localeFromEnv(env: Env): string | undefined {
  const raw = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
  const language = raw?.split(/[_.@-]/)[0]?.toLowerCase();
  return language === undefined || language === '' || language === 'c' || language === 'posix' ? undefined : language;
}

function localUserName(env: Env): string {
  try {
    return userInfo().username;
  } catch {
    // No passwd entry (some containers).
    return env.USER ?? 'operator';
  }
}
