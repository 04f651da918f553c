/**
 * The ceiling: the least an Express 5 app does for this request. It parses the JSON body (any POST handler
 * must) and answers a fixed body of the mock's size. Run as its own process:
 * `node dist-bench/bench/servers/trivial-express.js --port <port>`.
 */
import express from 'express';
import { CREATE_PATH, FIXED_RESPONSE } from '../requests';

function portFromArgv(argv: string[]): number {
  const index = argv.indexOf('--port');
  const port = Number(index >= 0 ? argv[index + 1] : NaN);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) {
    console.error('Usage: trivial-express --port <1-65535>');
    process.exit(2);
  }
  return port;
}

const port = portFromArgv(process.argv);
const app = express();
app.disable('x-powered-by');
app.set('etag', false);
app.post(CREATE_PATH, express.json(), (_req, res) => {
  res.json(FIXED_RESPONSE);
});

const server = app.listen(port, '127.0.0.1');
server.on('error', (error: NodeJS.ErrnoException) => {
  console.error(error.code === 'EADDRINUSE' ? `Failed to listen: port ${port} on 127.0.0.1 is in use.` : `Failed to listen: ${error.message}`);
  process.exit(1);
});
process.once('SIGTERM', () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
});
