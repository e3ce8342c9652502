import { CreateDemoPing1764100000100 } from './1764100000100-create-demo-ping';
import { DropDemoPing1764500000000 } from './1764500000000-drop-demo-ping';

/**
 * Migrations of contexts that no longer exist. They stay listed because databases have them in
 * their history: `CreateDemoPing` still runs on a fresh database and `DropDemoPing` undoes it.
 */
export const retiredMigrations = [CreateDemoPing1764100000100, DropDemoPing1764500000000];
