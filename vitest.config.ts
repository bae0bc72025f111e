// Frontend unit tests: run by `mvn test` (app module, exec-maven-plugin) and `npx vitest run`.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['frontend/**/*.test.ts', 'frontend/**/*.test.tsx'],
    exclude: ['frontend/generated/**', 'node_modules/**'],
    environment: 'node',
    // Component tests (*.test.tsx, `// @vitest-environment happy-dom`): Vaadin's React wrappers must use the
    // browser build of @lit/react (its node build only renders on the server and never sets properties or
    // listens to events), so they are inlined and @lit/react is aliased to the browser build.
    server: { deps: { inline: [/@vaadin\/react-components/] } },
    alias: { '@lit/react': fileURLToPath(new URL('./node_modules/@lit/react/index.js', import.meta.url)) },
  },
});
