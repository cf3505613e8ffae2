/**
 * Graceful shutdown: stop accepting connections, let the requests in flight finish (bounded by
 * a deadline), then close the database. Idle keep-alive connections are closed at once.
 */
import type { FastifyInstance } from 'fastify';
import type { Store } from '../db/connect.ts';

export async function closeGracefully(fastify: FastifyInstance, store: Store, deadlineMs = 10_000): Promise<'drained' | 'deadline'> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<'deadline'>((resolve) => {
    timer = setTimeout(() => {
      // Past the deadline, connections still open are cut so the process can exit.
      fastify.server.closeAllConnections?.();
      resolve('deadline');
    }, deadlineMs);
    timer.unref();
  });
  const outcome = await Promise.race([fastify.close().then(() => 'drained' as const), deadline]);
  clearTimeout(timer);
  await store.close();
  return outcome;
}
