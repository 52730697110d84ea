import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHttpServer, createMetricsRegistry, type HttpServer } from '../../src/http';
import { createLogger } from '../../src/log';
import { webhookBody } from '../../src/sandbox/webhook-sender';
import { createWebhookRoute, WEBHOOK_PATH, type WebhookRoute } from '../../src/watcher/webhook-route';
import { general, PILLOW, SHOES, WorldFactory, type WatcherWorld } from './sandbox-harness';

const EMAIL = 'owner@example.com';
const worlds = new WorldFactory();
afterAll(() => worlds.removeFiles());

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe('POST /webhooks/trackingmore on the real HTTP server', () => {
  let http: HttpServer;
  let route: WebhookRoute;
  let url: string;
  let w: WatcherWorld;
  let handled = 0;

  beforeEach(async () => {
    handled = 0;
    http = createHttpServer({ port: 0, host: '127.0.0.1', metrics: createMetricsRegistry() });
    // The sandbox needs our URL and the route needs the world's watcher and store: bind late.
    http.addRoute('POST', WEBHOOK_PATH, (req, res) => route.handle(req, res));
    const { port } = await http.listen();
    url = `http://127.0.0.1:${port}${WEBHOOK_PATH}`;
    const world = (w = await worlds.start({ url, email: EMAIL }));
    route = createWebhookRoute({
      email: EMAIL,
      watcher: {
        handleWebhook: async (ref) => {
          handled += 1;
          return world.watcher.handleWebhook(ref);
        },
      },
      kv: world.store.kv,
      logger: createLogger({ level: 'silent' }),
      metrics: createMetricsRegistry(),
      now: () => Math.floor(world.clock.ms / 1000),
    });
    await w.subscribe(general, PILLOW);
    await w.watcher.pollOnce();
  });

  afterEach(async () => {
    await w.sandbox.close();
    await http.close();
    await route.drain();
    await worlds.closeAll();
  });

  /** A push as TrackingMore signs it, for the tracking as it is now (or with `claims` changed). */
  function signedPush(email = EMAIL, claims: Record<string, unknown> = {}, ref = PILLOW): string {
    return JSON.stringify(webhookBody(email, { ...w.sandbox.tracking(ref), ...claims }, w.clock.ms));
  }

  const post = (body: string) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

  it('takes a signed push from the sandbox: 200, one message; the poll and a second push of the same change add none', async () => {
    w.tick(60);
    w.sandbox.advance(PILLOW, 'pickup');
    await until(() => w.slack.delivered.length === 1);
    expect(w.sandbox.webhookDeliveries).toMatchObject([{ carrier: '4px', number: '300403513351', status: 'pickup' }]);
    await until(() => w.sandbox.webhookDeliveries[0]?.httpStatus !== undefined);
    expect(w.sandbox.webhookDeliveries[0]?.httpStatus).toBe(200);
    expect(w.slack.delivered[0]?.message.text).toBe('🚚 In transit → 📬 Out for delivery / ready for pickup');

    expect(await w.sandbox.sendWebhook(PILLOW)).toEqual({ status: 200 });
    w.tick(30);
    expect(await w.watcher.pollOnce()).toEqual({ trackings: 1, delivered: 0, deferred: 0 });
    await route.drain();
    expect(w.slack.attempts).toHaveLength(1);
  });

  it('answers a replay of the very same body 200 without work: no second re-read', async () => {
    w.tick(60);
    w.sandbox.advance(PILLOW, 'exception');
    await until(() => w.slack.delivered.length === 1);
    await route.drain();
    const readsBefore = w.source.reads.length;
    // A second later than the sandbox's own push: a new signature.
    w.tick(1);
    const body = signedPush();
    expect((await post(body)).status).toBe(200);
    await route.drain();
    expect(w.source.reads).toHaveLength(readsBefore + 1);
    expect((await post(body)).status).toBe(200);
    await route.drain();
    expect(w.source.reads).toHaveLength(readsBefore + 1);
    expect(w.slack.attempts).toHaveLength(1);
  });

  it('takes a push for another tracking signed in the same second (TrackingMore signs only the time)', async () => {
    await w.subscribe(general, SHOES);
    w.tick(60);
    w.sandbox.advance(SHOES, 'pickup');
    await until(() => w.slack.delivered.length === 1);
    await route.drain();
    w.tick(1);
    const pillow = signedPush();
    const shoes = signedPush(EMAIL, {}, SHOES);
    expect(JSON.parse(pillow).verifyInfo).toEqual(JSON.parse(shoes).verifyInfo);
    const before = handled;
    expect((await post(pillow)).status).toBe(200);
    expect((await post(shoes)).status).toBe(200);
    await route.drain();
    expect(handled).toBe(before + 2);
  });

  it('treats a push as a hint: a body claiming "delivered" while TrackingMore says "in transit" posts nothing and ends nothing', async () => {
    const forged = signedPush(EMAIL, { status: 'delivered', lastUpdateTime: '2024-05-01 11:00' });
    expect((await post(forged)).status).toBe(200);
    await route.drain();
    expect(w.source.reads).toEqual(['4px/300403513351']);
    expect(w.slack.attempts).toEqual([]);
    expect((await w.store.subscriptions.get(general, PILLOW))?.lastNotifiedStatus).toBe('transit');
  });

  it('ignores a replayed push of older news after the tracking moved on', async () => {
    w.tick(60);
    w.sandbox.advance(PILLOW, 'pickup');
    const older = signedPush();
    await until(() => w.slack.delivered.length === 1);
    w.tick(3600);
    w.sandbox.advance(PILLOW, 'exception');
    await until(() => w.slack.delivered.length === 2);

    expect((await post(older)).status).toBe(200);
    await route.drain();
    expect(w.slack.delivered.map((d) => d.message.badge?.status)).toEqual(['pickup', 'exception']);
    expect((await w.store.subscriptions.get(general, PILLOW))?.lastNotifiedStatus).toBe('exception');
  });

  it('answers 401 to a wrong signature and to a stale one, and never hands them on', async () => {
    w.tick(60);
    w.sandbox.advance(PILLOW, 'pickup');
    await until(() => w.slack.delivered.length === 1);
    const before = handled;
    const forged = await post(signedPush('someone@else.example'));
    expect(forged.status).toBe(401);
    expect(await forged.text()).not.toContain(EMAIL);

    const tampered = JSON.parse(signedPush()) as { verifyInfo: { timeStr: number } };
    tampered.verifyInfo.timeStr += 1;
    expect((await post(JSON.stringify(tampered))).status).toBe(401);

    // Signed correctly, but 25 hours old.
    const stale = signedPush();
    w.tick(25 * 3600);
    expect((await post(stale)).status).toBe(401);
    expect(handled).toBe(before);
  });

  it('checks the signature before the spec: 401 for an unsigned body the spec would reject, 400 for a signed one', async () => {
    const unsigned = JSON.parse(signedPush()) as { data: unknown; verifyInfo: { signature: string } };
    unsigned.data = { nonsense: true };
    unsigned.verifyInfo.signature = 'not-hex';
    expect((await post(JSON.stringify(unsigned))).status).toBe(401);
    const signed = JSON.parse(signedPush()) as { data: unknown };
    signed.data = { nonsense: true };
    expect((await post(JSON.stringify(signed))).status).toBe(400);
    expect(handled).toBe(0);
  });

  it('answers 400 to malformed bodies and 413 to one over 1 MB', async () => {
    expect((await post('{"meta":')).status).toBe(400);
    expect((await post(JSON.stringify({ meta: { code: 200 }, data: {} }))).status).toBe(400);
    expect((await post(JSON.stringify({ meta: { code: 200 }, data: {}, verifyInfo: { timeStr: [], signature: 'ab' } }))).status).toBe(400);
    const huge = await post(JSON.stringify({ padding: 'x'.repeat(1024 * 1024) }));
    expect(huge.status).toBe(413);
    expect(handled).toBe(0);
    expect(w.slack.attempts).toEqual([]);
  });
});
