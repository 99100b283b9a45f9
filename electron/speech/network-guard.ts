/**
 * Refuses every network call in the process it is installed in (the speech worker), and
 * records each attempt, so "no data leaves the machine" is enforced, not just intended.
 */
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';
import { syncBuiltinESMExports } from 'node:module';

const attempts: string[] = [];
let installed = false;

/** The error every blocked call throws. */
export class NetworkBlockedError extends Error {
  constructor(what: string) {
    super(`network access is disabled in Attune's speech worker (attempted ${what})`);
    this.name = 'NetworkBlockedError';
  }
}

function describe(target: unknown): string {
  if (typeof target === 'string') return target;
  if (typeof target === 'number') return `port ${target}`;
  if (target instanceof URL) return target.href;
  if (target && typeof target === 'object') {
    const o = target as { url?: string; href?: string; hostname?: string; host?: string; port?: number | string };
    return o.url ?? o.href ?? o.hostname ?? o.host ?? (o.port !== undefined ? `port ${String(o.port)}` : 'a request');
  }
  return 'a request';
}

function refuse(kind: string) {
  return (target?: unknown): never => {
    const what = `${kind} ${describe(target)}`;
    attempts.push(what);
    throw new NetworkBlockedError(what);
  };
}

/** Whether a socket connect targets the network (a port) rather than a local pipe (a path). */
function isNetworkConnect(args: unknown[]): boolean {
  const first = Array.isArray(args[0]) ? (args[0] as unknown[])[0] : args[0];
  if (typeof first === 'number' || (typeof first === 'string' && /^\d+$/.test(first))) return true;
  return !!first && typeof first === 'object' && 'port' in first;
}

/** Patches fetch, http(s), net/tls connections and DNS look-ups to throw; safe to call more than once. */
export function installNetworkGuard(): void {
  if (installed) return;
  installed = true;
  const blockedFetch = refuse('fetch');
  globalThis.fetch = ((input: unknown) => Promise.reject(catchSync(() => blockedFetch(input)))) as typeof fetch;
  for (const [name, mod] of [['http', http], ['https', https]] as const) {
    Object.assign(mod, { request: refuse(`${name}.request`), get: refuse(`${name}.get`) });
  }
  // Raw sockets: the layer below http(s), which a library could use directly.
  Object.assign(net, { connect: refuse('net.connect'), createConnection: refuse('net.createConnection') });
  Object.assign(tls, { connect: refuse('tls.connect') });
  const connect = net.Socket.prototype.connect;
  const refuseSocket = refuse('net.Socket.connect');
  net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
    // Local pipes (a path, no port) are not the network; worker and IPC plumbing may use them.
    if (isNetworkConnect(args)) return refuseSocket(args[0]);
    return (connect as (...a: unknown[]) => net.Socket).apply(this, args);
  } as typeof connect;
  // Name look-ups: a DNS query alone leaks which host the process wanted.
  for (const name of ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCname', 'resolveMx', 'resolveNs', 'resolveTxt', 'resolveSrv', 'reverse'] as const) {
    Object.assign(dns, { [name]: refuse(`dns.${name}`) });
    Object.assign(dns.promises, { [name]: (target?: unknown) => Promise.reject(catchSync(() => refuse(`dns.promises.${name}`)(target))) });
  }
  // Without this, code that did `import { request } from 'node:https'` would keep the real function.
  syncBuiltinESMExports();
}

function catchSync(fn: () => never): unknown {
  try {
    return fn();
  } catch (error) {
    return error;
  }
}

/** Network calls refused so far in this process. */
export function networkAttempts(): string[] {
  return [...attempts];
}
