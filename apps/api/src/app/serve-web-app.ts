import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type NextFunction, type Request, type Response } from 'express';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Logger } from 'pino';

/** Paths that belong to the API: they never fall back to the app, so unknown ones keep the JSON 404. */
const API_PATHS = /^\/(api|health)(\/|$)/;

/**
 * Serves the built web app on the API's own port (one origin: cookies and CSP stay simple). Files
 * are served as they are; any other GET that asks for HTML gets index.html, so the app's own
 * routes (/sign-in, /team...) survive a reload.
 */
export function serveWebApp(app: NestExpressApplication, distDir: string, logger: Logger): void {
  const root = resolve(distDir);
  const index = join(root, 'index.html');
  if (!existsSync(index)) {
    logger.info({ distDir: root }, 'web app not built: serving the API only (npm run build builds it)');
    return;
  }
  app.use(express.static(root, { index: false, maxAge: '1h', setHeaders: (response, path) => {
    // Hashed assets never change; index.html must always be revalidated.
    if (path.includes('/assets/')) response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
  } }));
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' || API_PATHS.test(request.path) || !request.accepts('html')) return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(index);
  });
}
