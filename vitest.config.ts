// Frontend unit tests: run by `mvn test` (app module, exec-maven-plugin) and `npx vitest run`.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['frontend/**/*.test.ts', 'frontend/**/*.test.tsx'],
    exclude: ['frontend/generated/**', 'node_modules/**'],
    environment: 'node',
  },
});
