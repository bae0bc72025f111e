// Builds the form renderer harness as a static page: see ../README.md ("Harness").
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react()],
  build: { outDir: fileURLToPath(new URL('../../../../target/form-harness', import.meta.url)), emptyOutDir: true },
});
