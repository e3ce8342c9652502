export * from './lib/demo-ping.entity';
export * from './lib/demo-ping.module';
export * from './lib/demo-ping.service';
export * from './lib/demo-ping.topics';
export * from './lib/demo-pong.entity';
import { CreateDemoPing1764100000100 } from './lib/migrations/1764100000100-create-demo-ping';

export const demoPingMigrations = [CreateDemoPing1764100000100];
