import type { MigrationInterface, QueryRunner } from 'typeorm';
import { CreateDemoPing1764100000100 } from './1764100000100-create-demo-ping';

/**
 * The demo ping context is gone (an anonymous caller could hold the worker and fill the failed set).
 * Its create migration stays listed so databases that ran it keep a valid history; this drops its tables.
 */
export class DropDemoPing1764500000000 implements MigrationInterface {
  name = 'DropDemoPing1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE IF EXISTS demo_pongs');
    await queryRunner.query('DROP TABLE IF EXISTS demo_pings');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Recreates the tables empty, as the retired create migration left them.
    await new CreateDemoPing1764100000100().up(queryRunner);
  }
}
