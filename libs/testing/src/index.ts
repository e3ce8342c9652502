export * from './lib/jest/test-database';
export * from './lib/memory-logger';
export * from './lib/network/free-port';
export * from './lib/network/tcp-proxy';
export * from './lib/process/app-process';
export * from './lib/redis-keys';
export * from './lib/test-config';
