import http from 'node:http';

/** One request the bench sends: to a server's base URL. */
export interface BenchRequest {
  method: 'GET' | 'POST';
  path: string;
  headers: Readonly<Record<string, string>>;
  body?: string;
}

export interface BenchResponse {
  status: number;
  body: string;
}

/** Sends one request on a fresh connection (no keep-alive), resolving with the status and the body text. */
export function sendOnce(baseUrl: string, request: BenchRequest, timeoutMs = 5000): Promise<BenchResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      new URL(request.path, baseUrl),
      { method: request.method, headers: request.headers, agent: false, timeout: timeoutMs },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end(request.body);
  });
}
