// A TCP forwarder as a process of its own, so it can run inside a test's network namespace
// (`nsenter --net=... node forward-tcp.mjs LISTEN_HOST LISTEN_PORT TARGET_HOST TARGET_PORT`).
// It prints "listening" once it accepts connections.
import { connect, createServer } from 'node:net';

const [listenHost, listenPort, targetHost, targetPort] = process.argv.slice(2);
const server = createServer((client) => {
  const upstream = connect(Number(targetPort), targetHost);
  client.pipe(upstream).pipe(client);
  for (const socket of [client, upstream]) socket.on('error', () => client.destroy());
  client.on('close', () => upstream.destroy());
  upstream.on('close', () => client.destroy());
});
server.listen(Number(listenPort), listenHost, () => console.log('listening'));
process.on('SIGTERM', () => process.exit(0));
