// The sidebar's one typed wrapper over google.script.run: names and types come from the server's handler map.
import type { RpcHandlers, RpcName, RpcReply } from '../src/gas/rpc';

/** A failure the sidebar can show: the server's translated message, or a transport error. */
export class RpcError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RpcError';
  }
}

/** The code of failures where the request never got a reply (network, quota, authorisation). */
export const RPC_TRANSPORT = 'transport';

/** Calls server endpoint `name`; resolves with its data, rejects with an RpcError. */
export function rpc<N extends RpcName>(
  name: N,
  ...args: Parameters<RpcHandlers[N]>
): Promise<ReturnType<RpcHandlers[N]>> {
  return new Promise((resolve, reject) => {
    google.script.run
      .withSuccessHandler((reply: RpcReply<ReturnType<RpcHandlers[N]>>) => {
        if (reply && reply.ok) resolve(reply.data);
        else if (reply) reject(new RpcError(reply.code, reply.message));
        else reject(new RpcError(RPC_TRANSPORT, 'empty reply'));
      })
      .withFailureHandler((error: Error) => reject(new RpcError(RPC_TRANSPORT, error?.message ?? String(error))))
      [name](...args);
  });
}

