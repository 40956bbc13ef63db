'use strict';
/**
 * Runs inside a private network namespace (`unshare --user --net`, see dynamoLocal.ts), where the
 * only interface is this namespace's own loopback. DynamoDB Local listens on every interface and
 * has no option to bind one, so here "every interface" is one that nothing outside can reach. The
 * parent reaches it through a Unix socket in a folder only the parent's user can open.
 * Usage: node dynamoLocalBridge.js <socket path> <port> <java arguments…>
 */
const { spawn, spawnSync } = require('node:child_process');
const net = require('node:net');

const [socketPath, port, ...javaArgs] = process.argv.slice(2);

// A new namespace starts with its loopback down.
const lo = spawnSync('ip', ['link', 'set', 'lo', 'up'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (lo.status !== 0) {
  process.stderr.write('dynamoLocalBridge: could not bring up the loopback of the private namespace\n');
  process.exit(2);
}

const java = spawn('java', javaArgs, { stdio: ['ignore', 'ignore', 'inherit'] });
java.on('exit', (code) => process.exit(code ?? 1));

const server = net.createServer((client) => {
  const upstream = net.connect(Number(port), '127.0.0.1');
  const close = () => {
    client.destroy();
    upstream.destroy();
  };
  for (const socket of [client, upstream]) {
    socket.on('error', close);
    socket.on('close', close);
  }
  client.pipe(upstream).pipe(client);
});
server.listen(socketPath);

let stopping = false;
function stop() {
  if (stopping) return;
  stopping = true;
  server.close();
  java.kill('SIGTERM');
  setTimeout(() => java.kill('SIGKILL'), 5000).unref();
}
// The parent holds our stdin: when it goes, for whatever reason, so do we (and DynamoDB Local).
process.stdin.on('end', stop);
process.stdin.on('error', stop);
process.stdin.resume();
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
