import type { INestApplication } from '@nestjs/common';
import type { Server } from 'node:http';
import type { Logger } from 'pino';
import { ShutdownState } from './shutdown-state';

/**
 * On SIGTERM/SIGINT: report not ready, stop accepting, let in-flight requests finish, close
 * connections (Nest's shutdown hooks), then exit. Past the grace period remaining sockets are cut.
 */
export function installGracefulShutdown(app: INestApplication, graceMs: number, logger: Logger): void {
  let started = false;
  const shutdown = async (signal: NodeJS.Signals) => {
    if (started) return;
    started = true;
    logger.info({ signal, graceMs }, 'shutting down: finishing in-flight requests');
    app.get(ShutdownState).begin();
    const server = app.getHttpServer() as Server;
    const deadline = setTimeout(() => {
      logger.warn('grace period over: closing remaining connections');
      server.closeAllConnections();
    }, graceMs);
    deadline.unref();
    // A keep-alive socket that goes idle after its last response would otherwise hold the server open.
    const sweep = setInterval(() => server.closeIdleConnections(), 100);
    try {
      await app.close();
      logger.info('shutdown complete');
      process.exitCode = 0;
    } catch (error) {
      logger.error({ err: error }, 'shutdown failed');
      process.exitCode = 1;
    } finally {
      clearTimeout(deadline);
      clearInterval(sweep);
      logger.flush();
      // Anything still holding the loop open (a stray timer) must not keep a stopped instance alive.
      setTimeout(() => process.exit(), 100).unref();
    }
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}
