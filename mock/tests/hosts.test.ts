import { isIP as netIsIP } from 'node:net';
import { hostname, hostPolicy, isIP, isLoopback } from '../core/http/hosts';

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

describe("isIP: the core's copy of Node's grammar answers as node:net's isIP", () => {
  const INPUTS = [
    // IPv4
    '127.0.0.1', '0.0.0.0', '255.255.255.255', '192.168.1.254', '1.2.3.4', '256.0.0.1', '1.2.3', '1.2.3.4.5', '01.2.3.4', '1.2.3.04',
    '1.2.3.-1', '1..3.4', '1.2.3.4 ', ' 1.2.3.4', '1.2.3.4:80', '0x7f.0.0.1', '2130706433', '999.1.1.1', '1.2.3.4/24',
    // IPv6
    '::', '::1', '1::', 'fe80::1', 'FE80::ABCD', '2001:db8::8a2e:370:7334', '2001:0db8:0000:0000:0000:ff00:0042:8329',
    '1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7::', '::2:3:4:5:6:7:8', '1:2:3:4:5:6:7:8:9', '1:2:3:4:5:6:7', '1::2::3', ':::', ':1::',
    '12345::', 'g::1', '1:2:3:4:5:6:7:8::', '::ffff', '[::1]', '::1/128',
    // zone ids
    'fe80::1%eth0', 'fe80::1%1', 'fe80::1%en0.1', 'fe80::1%', 'fe80::1%eth 0', '::1%lo', '127.0.0.1%eth0',
    // embedded IPv4
    '::ffff:127.0.0.1', '::127.0.0.1', '64:ff9b::192.0.2.33', '1:2:3:4:5:6:1.2.3.4', '1:2:3:4:5:6:7:1.2.3.4', '::ffff:256.0.0.1',
    '::ffff:1.2.3', '1::1.2.3.4', '::ffff:127.0.0.1%eth0', '1.2.3.4::',
    // names and junk
    '', 'localhost', 'example.com', '1', '-', '.', ':', 'a:b', '::g', '127.0.0.1.', 'ff'.repeat(20),
  ];

  test.each(INPUTS.map((input) => [input]))('%j', (input) => {
    expect(isIP(input)).toBe(netIsIP(input));
  });
});
