/**
 * Refuses every network call in the process it is installed in (the speech worker), and
 * records each attempt, so "no data leaves the machine" is enforced, not just intended.
 */
import http from 'node:http';
import https from 'node:https';
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
  if (target instanceof URL) return target.href;
  if (target && typeof target === 'object') {
    const o = target as { url?: string; href?: string; hostname?: string; host?: string };
    return o.url ?? o.href ?? o.hostname ?? o.host ?? 'a request';
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

/** Patches fetch and http(s).request/get to throw; safe to call more than once. */
export function installNetworkGuard(): void {
  if (installed) return;
  installed = true;
  const blockedFetch = refuse('fetch');
  globalThis.fetch = ((input: unknown) => Promise.reject(catchSync(() => blockedFetch(input)))) as typeof fetch;
  for (const [name, mod] of [['http', http], ['https', https]] as const) {
    Object.assign(mod, { request: refuse(`${name}.request`), get: refuse(`${name}.get`) });
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
