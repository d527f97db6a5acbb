/**
 * `npm run server`: the organisation server alone, configured from the environment (docs/api.md). Prints where
 * it listens and, on the start that generates them, the tokens; stops cleanly on SIGINT/SIGTERM.
 */
import { startServer } from './start.ts';

try {
  const server = await startServer();
  console.log(`Promptwall server listening on ${server.url}`);
  console.log(`Dashboard: ${server.dashboardUrl}`);
  if (server.ingestToken && !process.env.PROMPTWALL_INGEST_TOKEN) {
    console.log(`Ingest token (put it in the extension's managed policy, reporting.token; shown once): ${server.ingestToken}`);
  }
  if (server.adminToken) console.log(`Admin token, also the dashboard password (shown once): ${server.adminToken}`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      server.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
} catch (err) {
  console.error(`Promptwall server did not start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
