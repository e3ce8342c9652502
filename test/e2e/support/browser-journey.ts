import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { PuenteStack } from './puente-stack';

/**
 * A browser journey's lifetime, for one `describe`: the stack and Chromium start before its tests and stop
 * after them, and the screenshots the tests list in the returned array are printed at the end (the closing
 * notes cite these paths). `onStarted` hands the stack and the browser to the describe's own variables.
 */
export function browserJourney(onStarted: (started: { stack: PuenteStack; browser: Browser }) => void): string[] {
  const shots: string[] = [];
  let stack: PuenteStack | undefined;
  let closeBrowser: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    stack = await PuenteStack.start();
    const launched = await launchBrowser();
    closeBrowser = launched.close;
    onStarted({ stack, browser: launched.browser });
  });
  afterAll(async () => {
    await closeBrowser?.();
    await stack?.stop();
    process.stdout.write(`screenshots:\n${shots.map((shot) => `  ${shot}`).join('\n')}\n`);
  });
  return shots;
}
