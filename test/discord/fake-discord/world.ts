import { snowflakeSequence } from './snowflakes';

/** The ids and objects of the one guild the fake serves. */
export interface FakeWorld {
  applicationId: string;
  botUserId: string;
  guildId: string;
  channelId: string;
  adminRoleId: string;
  nextId: () => string;
}

export function createWorld(): FakeWorld {
  const nextId = snowflakeSequence();
  return { applicationId: nextId(), botUserId: nextId(), guildId: nextId(), channelId: nextId(), adminRoleId: nextId(), nextId };
}

export function apiUser(id: string, username: string, bot = false) {
  return { id, username, discriminator: '0', global_name: null, avatar: null, bot };
}

export function apiChannel(world: FakeWorld) {
  return { id: world.channelId, type: 0, guild_id: world.guildId, name: 'parcels', position: 0, permission_overwrites: [], nsfw: false, parent_id: null };
}

function apiRole(id: string, name: string) {
  return { id, name, permissions: '0', position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0, icon: null, unicode_emoji: null };
}

export function apiGuild(world: FakeWorld) {
  return {
    id: world.guildId,
    name: 'Parcel Club',
    icon: null,
    owner_id: world.botUserId,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    roles: [apiRole(world.guildId, '@everyone'), apiRole(world.adminRoleId, 'Shipping')],
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    system_channel_flags: 0,
    premium_tier: 0,
    preferred_locale: 'en-US',
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
    joined_at: new Date().toISOString(),
    large: false,
    unavailable: false,
    member_count: 1,
    voice_states: [],
    members: [],
    channels: [apiChannel(world)],
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

/** A message as the REST API returns it, built from a create/edit body. */
export function apiMessage(world: FakeWorld, id: string, body: any) {
  return {
    id,
    channel_id: world.channelId,
    guild_id: world.guildId,
    author: apiUser(world.botUserId, 'trackbot', true),
    content: body?.content ?? '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: body?.embeds ?? [],
    components: body?.components ?? [],
    pinned: false,
    type: 0,
    flags: body?.flags ?? 0,
    nonce: body?.nonce,
    application_id: world.applicationId,
  };
}
