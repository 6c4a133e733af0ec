// Talks to a running workbench over HTTP in tests: POST a JSON body to a route, read the page's state.
import type { Workbench } from '../../../src/local/workbench/server';
import type { WorkbenchReply, WorkbenchState } from '../../../src/local/workbench/workbench-state';

/** POSTs `body` as JSON to `path` and returns the server's reply. */
export async function workbenchPost<T = unknown>(workbench: Workbench, path: string, body: unknown = []): Promise<WorkbenchReply<T>> {
  const response = await fetch(new URL(path, workbench.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return (await response.json()) as WorkbenchReply<T>;
}

/** The state the workbench page renders (GET /api/state). */
export async function workbenchState(workbench: Workbench): Promise<WorkbenchState> {
  return (await (await fetch(new URL('/api/state', workbench.url))).json()) as WorkbenchState;
}
