import { ServerSettingError } from '@cauce/engine';
import { startProduct } from './startProduct';

// `npm start`: run until SIGTERM or SIGINT, then shut down cleanly. A start that fails says why in one line (the
// stack only with CAUCE_DEBUG=1): a bad setting exits 2, anything else (a port in use…) 1.
const product = await startProduct().catch((error: Error) => {
  console.error(`[cauce] could not start: ${error.message}`);
  if (process.env.CAUCE_DEBUG) console.error(error.stack);
  process.exit(error instanceof ServerSettingError ? 2 : 1);
});
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    console.log(`[cauce] ${signal}: shutting down`);
    product.stop().then(
      () => process.exit(0),
      (error) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
}
