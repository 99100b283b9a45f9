import { defineConfig } from 'vitest/config';
import { SOAK } from './vitest.config';

/** `npm run test:soak`: issue #14's soak (2,000 replies over 200 sessions, random kills) as its own stage of `npm test`. */
export default defineConfig({
  test: { include: [SOAK], environment: 'node' },
});
