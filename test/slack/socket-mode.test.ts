import { afterEach, beforeEach, expect, it } from 'vitest';
import { expectNoPingsNorSecrets } from './checks';
import { blockActionsPayload, buttonLabelled, slashCommandFields, textOf } from './fake-slack/payloads';
import { FakeSocketMode } from './fake-slack/socket-mode';
import { ALICE, APP_TOKEN, startSlackHarness, type SlackHarness } from './harness';

let socket: FakeSocketMode;
let h: SlackHarness;
beforeEach(async () => {
  socket = await FakeSocketMode.start();
  h = await startSlackHarness({ socket });
});
afterEach(async () => {
  try {
    expectNoPingsNorSecrets(h);
    expect(h.logLines.join('\n')).not.toContain(APP_TOKEN);
  } finally {
    // The adapter closes its socket first (gracefully), then the fakes go.
    await h.close();
    await socket.close();
  }
});

it('connects with the app token, acks a slash command and a button click by envelope_id, and answers', async () => {
  const [open] = h.web.callsOf('apps.connections.open');
  expect(open?.authorization).toBe(`Bearer ${APP_TOKEN}`);

  const commandUrl = h.responses.newUrl('commands');
  const commandEnvelope = socket.send('slash_commands', slashCommandFields('4px 300403513351', ALICE, commandUrl));
  expect((await socket.ackOf(commandEnvelope)).connection).toBe(0);
  const { body } = await h.responses.next(commandUrl);
  expect(body.response_type).toBe('ephemeral');
  expect(body.blocks[0].text.text).toContain('cute pillow');

  const clickUrl = h.responses.newUrl('actions');
  const refresh = buttonLabelled(body.blocks, 'Refresh');
  const clickEnvelope = socket.send('interactive', blockActionsPayload({ blocks: body.blocks, ephemeral: true }, refresh, ALICE, clickUrl));
  await socket.ackOf(clickEnvelope);
  const refreshed = (await h.responses.next(clickUrl)).body;
  expect(refreshed.replace_original).toBe(true);
  expect(h.sandbox.calls.realtimeTracking).toBe(1);
});

it('reconnects on refresh_requested and handles the next envelope on the new connection', async () => {
  socket.requestRefresh();
  await socket.connections.waitFor(() => socket.connections.items.length >= 2, 'a second connection');
  expect(h.web.callsOf('apps.connections.open')).toHaveLength(2);
  // Bolt's client waits one clientPingTimeout (5 s) before it reconnects; the test just waits for it.
  const url = h.responses.newUrl('commands');
  const envelope = socket.send('slash_commands', slashCommandFields('help', ALICE, url));
  expect((await socket.ackOf(envelope)).connection).toBe(1);
  expect(textOf((await h.responses.next(url)).body.blocks)).toContain('Trackbot commands');
});
