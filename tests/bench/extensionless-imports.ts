/**
 * Preloaded by `npm run bench` (node --import): lets Node run the project's
 * src/lib modules, which import each other without the ".ts" extension as
 * Vite allows. A relative import that Node cannot find is retried with ".ts".
 */
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      const notFound = (error as { code?: string }).code === 'ERR_MODULE_NOT_FOUND';
      if (notFound && specifier.startsWith('.') && !specifier.endsWith('.ts')) return nextResolve(`${specifier}.ts`, context);
      throw error;
    }
  },
});
