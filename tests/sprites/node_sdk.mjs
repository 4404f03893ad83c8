// Drives guestd with the official Node SDK, @fly/sprites 0.1.0, unmodified.
// tests/sprites.rs runs it with `node --experimental-websocket` and sets
// SPRITES_NODE_SDK (the package's dist/index.js), SPRITES_BASE_URL,
// SPRITES_TOKEN and SPRITES_NAME. Prints one line per check; exits 1 when
// any check fails.

import assert from 'node:assert/strict';
import net from 'node:net';

const { SpritesClient } = await import(process.env.SPRITES_NODE_SDK);
const baseURL = process.env.SPRITES_BASE_URL;
const token = process.env.SPRITES_TOKEN;
const name = process.env.SPRITES_NAME;
const client = new SpritesClient(token, { baseURL });
const sprite = client.sprite(name);

let failed = 0;
async function check(label, body) {
  try {
    await body();
    console.log(`ok   ${label}`);
  } catch (err) {
    failed += 1;
    console.log(`FAIL ${label}: ${err?.stack ?? err}`);
  }
}

async function drain(stream) {
  const events = [];
  for (let event = await stream.next(); event !== null; event = await stream.next()) {
    events.push(event);
  }
  return events;
}

await check('getSprite returns this VM', async () => {
  const info = await client.getSprite(name);
  assert.equal(info.name, name);
});

await check('wrong token is rejected', async () => {
  const other = new SpritesClient('wrong-token', { baseURL });
  await assert.rejects(other.getSprite(name));
});

await check('execFile returns output and exit code', async () => {
  const result = await sprite.execFile('sh', ['-c', 'echo node-out; echo node-err >&2']);
  assert.equal(result.stdout, 'node-out\n');
  assert.equal(result.stderr, 'node-err\n');
  await assert.rejects(sprite.execFile('sh', ['-c', 'exit 5']), (err) => err.exitCode === 5 || err.result?.exitCode === 5);
});

await check('filesystem write, read, stat, readdir, rm', async () => {
  const fs = sprite.filesystem('/tmp');
  const dir = `node-sdk-${process.pid}`;
  await fs.writeFile(`${dir}/hello.txt`, 'from node');
  assert.equal(await fs.readFile(`${dir}/hello.txt`, 'utf8'), 'from node');
  const stat = await fs.stat(`${dir}/hello.txt`);
  assert.equal(stat.size, 9);
  assert.deepEqual(await fs.readdir(dir), ['hello.txt']);
  await fs.rm(dir, { recursive: true });
  assert.equal(await fs.exists(dir), false);
});

await check('service create, logs and delete', async () => {
  const service = `node-svc-${process.pid}`;
  const events = await drain(await sprite.createService(service, {
    cmd: 'sh', args: ['-c', 'echo node-service-up; exec sleep 600'],
  }, '1s'));
  assert.ok(events.some((e) => e.type === 'started'), JSON.stringify(events));
  const logs = await drain(await sprite.getServiceLogs(service, { lines: 10 }));
  assert.ok(logs.some((e) => (e.data ?? '').includes('node-service-up')), JSON.stringify(logs));
  await sprite.deleteService(service);
});

await check('proxyPort relays a TCP connection', async () => {
  const port = 18082;
  const service = `node-echo-${process.pid}`;
  const echo = `import socket
s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("127.0.0.1", ${port})); s.listen()
while True:
    c, _ = s.accept()
    while (d := c.recv(65536)):
        c.sendall(d.upper())
    c.close()`;
  await drain(await sprite.createService(service, { cmd: 'python3', args: ['-c', echo] }, '1s'));
  const session = await sprite.proxyPort(0, port);
  try {
    const localPort = Number(session.localAddr().split(':').pop());
    const reply = await new Promise((resolve, reject) => {
      const socket = net.connect(localPort, '127.0.0.1', () => socket.write('hello node proxy'));
      socket.on('data', (data) => { resolve(data.toString()); socket.end(); });
      socket.on('error', reject);
      setTimeout(() => reject(new Error('no reply through the proxy in 10 s')), 10_000);
    });
    assert.equal(reply, 'HELLO NODE PROXY');
  } finally {
    session.close();
    await sprite.deleteService(service);
  }
});

await check('checkpoint create and list', async () => {
  const comment = `node ${process.pid}`;
  const stream = await sprite.createCheckpoint(comment);
  const events = await drain(stream);
  assert.ok(events.some((e) => e.type === 'complete'), JSON.stringify(events));
  const listed = await sprite.listCheckpoints();
  assert.ok(listed.some((c) => c.comment === comment), JSON.stringify(listed));
});

process.exit(failed === 0 ? 0 : 1);
