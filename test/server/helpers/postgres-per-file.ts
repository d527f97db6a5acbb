/** One PostgreSQL for the calling test file: started before its tests, stopped after them. */
import { afterAll, beforeAll } from 'vitest';
import { SETUP_TIMEOUT_MS, startPostgres, type TestPostgres } from './postgres.ts';

/** Call at the top of a test file; the returned function gives the running cluster inside tests. */
export function postgresPerFile(): () => TestPostgres {
  let postgres: TestPostgres | undefined;
  beforeAll(async () => {
    postgres = await startPostgres();
  }, SETUP_TIMEOUT_MS);
  afterAll(async () => {
    await postgres?.stop();
  });
  return () => {
    if (!postgres) throw new Error('PostgreSQL did not start');
    return postgres;
  };
}
