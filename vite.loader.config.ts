import { defineConfig } from 'vite';

// The embed loader: one classic-script IIFE at dist/embed.js (a fixed name: partners' snippets
// point at /embed.js for years). Its own pass because Vite cannot emit one IIFE from several
// inputs (STACK.md). No framework, no globals: the entry exports nothing.
export default defineConfig({
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2019',
    minify: true,
    sourcemap: false,
    lib: {
      entry: 'widget/embed/embed.ts',
      formats: ['iife'],
      name: 'HeardEmbed',
      fileName: () => 'embed.js',
    },
  },
});
