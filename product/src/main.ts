import { startProduct } from './startProduct';

// `npm start`: run until SIGTERM or SIGINT, then shut down cleanly.
const product = await startProduct();
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    console.log(`[cauce] ${signal}: shutting down`);
    product.stop().then(() => process.exit(0), (error) => {
      console.error(error);
      process.exit(1);
    });
  });
}
