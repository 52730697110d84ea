import { PermissionFlagsBits, PermissionsBitField } from 'discord.js';
import { expect, it } from 'vitest';
import { BOT_PERMISSIONS, inviteUrl } from '../../adapters/discord/invite';

it('asks for View Channel, Send Messages and Embed Links, and nothing else', () => {
  expect(BOT_PERMISSIONS).toBe(19456n);
  expect(new PermissionsBitField(BOT_PERMISSIONS).toArray().sort()).toEqual(['EmbedLinks', 'SendMessages', 'ViewChannel']);
  for (const unwanted of [PermissionFlagsBits.Administrator, PermissionFlagsBits.ReadMessageHistory, PermissionFlagsBits.MentionEveryone, PermissionFlagsBits.ManageMessages]) {
    expect(BOT_PERMISSIONS & unwanted).toBe(0n);
  }
});

it('builds the invite URL with both scopes and the permission integer', () => {
  expect(inviteUrl('1100000000000000001')).toBe(
    'https://discord.com/oauth2/authorize?client_id=1100000000000000001&scope=bot+applications.commands&permissions=19456',
  );
});
