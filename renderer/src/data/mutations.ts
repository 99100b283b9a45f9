/**
 * Writes from the UI. Each one invalidates what it changed as soon as it succeeds; Node pushes
 * the same change as an event (for other windows, and in case this one missed it), which is harmless twice.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DataChange } from '../../../shared/ipc/contract';
import { applyChange } from './changes';

/** A mutation that runs `run` and then marks `changeOf(request, response)` as stale. */
export function useDataMutation<Req, Res>(run: (request: Req) => Promise<Res>, changeOf: (request: Req, response: Res) => DataChange) {
  const client = useQueryClient();
  return useMutation({ mutationFn: run, onSuccess: (response, request) => applyChange(client, changeOf(request, response)) });
}
