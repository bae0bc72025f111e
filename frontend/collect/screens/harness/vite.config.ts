// Builds the collector screens harness as a static page: see ../README.md ("Harness").
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react()],
  build: { outDir: fileURLToPath(new URL('../../../../target/screens-harness', import.meta.url)), emptyOutDir: true },
});
