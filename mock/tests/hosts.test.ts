import { hostname, hostPolicy, isLoopback } from '../core/http/hosts';

describe('host names', () => {
  test('policy helpers', () => {
    expect(hostPolicy(['*']).allows('anything.example')).toBe(true);
    expect(isLoopback('127.0.0.1')).toBe(true);
    expect(isLoopback('0.0.0.0')).toBe(false);
    expect(isLoopback('::')).toBe(false);
  });

  test.each([['localhost:4010', 'localhost'], ['[::1]:4010', '::1'], ['LOCALHOST.', 'localhost'], ['127.0.0.1', '127.0.0.1'], ['[fe80::1]', 'fe80::1']])('hostname(%j) is %j', (host, name) => {
    expect(hostname(host)).toBe(name);
  });
});
