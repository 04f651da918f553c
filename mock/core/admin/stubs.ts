import { validationError } from '../errors';
import type { MockRuntime } from '../runtime';
import { scenarioProblems } from '../controls/scenarios/check';
import type { Stub } from '../controls/scenarios/types';
import { DEFAULT_SESSION } from '../state/session';
import type { QueuedStub } from '../controls/stubs';
import type { AdminInput, AdminSchemas } from './types';

function view(stub: QueuedStub): AdminSchemas['QueuedStub'] {
  return {
    id: stub.id,
    operation: stub.operation,
    session: stub.session,
    remaining: stub.remaining,
    ...(stub.step.respond ? { respond: stub.step.respond } : {}),
    ...(stub.step.fault ? { fault: stub.step.fault } : {}),
  };
}

/** Queues a one-shot stub (checked against the spec: the operation and its statuses and examples). */
export function addStub(runtime: MockRuntime, stub: Stub): QueuedStub {
  const problems = scenarioProblems(stub, runtime.contract, runtime.adminContract, 'Stub');
  if (problems.length) throw validationError(problems, 'stub');
  const session = stub.session ?? DEFAULT_SESSION;
  return runtime.sessions.get(session).stubs.add(stub, ++runtime.counters.stubs, session);
}

/** `POST /__admin/stubs`. */
export function queueStub(runtime: MockRuntime, { body }: AdminInput): AdminSchemas['QueuedStub'] {
  return view(addStub(runtime, body as Stub));
}

const sessionsOf = (runtime: MockRuntime, session: unknown) =>
  session === undefined ? runtime.sessions.all() : [runtime.sessions.find(session as string)].filter((s) => s !== undefined);

/** `GET /__admin/stubs`. */
export function listStubs(runtime: MockRuntime, { params }: AdminInput): AdminSchemas['StubList'] {
  return { stubs: sessionsOf(runtime, params.session).flatMap((s) => s.stubs.list().map(view)) };
}

/** `DELETE /__admin/stubs`. */
export function clearStubs(runtime: MockRuntime, { params }: AdminInput): AdminSchemas['Deleted'] {
  return { deleted: sessionsOf(runtime, params.session).reduce((sum, s) => sum + s.stubs.clear(), 0) };
}
