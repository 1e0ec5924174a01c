// The baseline: Node's own HTTP server answering every request with the exact bytes
// and headers Serai sent for the page under test. Run as a child process so it
// competes for the CPU the same way Serai's server does.
// Usage: node --import tsx bench/raw-server.ts <response.json>   (prints "listening <port>")
import fs from 'node:fs';
import http from 'node:http';

interface RecordedResponse {
  status: number;
  headers: Record<string, string>;
  bodyBase64: string;
}

const recorded = JSON.parse(fs.readFileSync(process.argv[2]!, 'utf8')) as RecordedResponse;
const body = Buffer.from(recorded.bodyBase64, 'base64');
const headers = { ...recorded.headers, 'content-length': String(body.length) };

const server = http.createServer((_request, response) => {
  response.writeHead(recorded.status, headers);
  response.end(body);
});
server.keepAliveTimeout = 72_000;
server.listen(0, '127.0.0.1', () => {
  console.log(`listening ${(server.address() as { port: number }).port}`);
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));
