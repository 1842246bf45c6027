import { defineConfig } from 'vite';

// The embed loader: one classic-script IIFE at dist/embed.js (a fixed name: partners' snippets
// point at /embed.js for years). Its own pass because Vite cannot emit one IIFE from several
// inputs (docs/stack-notes.md). No framework, no globals: the entry exports nothing.
export default defineConfig({
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    // es2020 (?? and ?.) keeps the loader under its 3 KB budget. A browser too old for it
    // cannot parse the script at all, so every snippet stays a plain link (the no-script
    // fallback); Safari gained the <dialog> the loader needs only later (15.4).
    target: 'es2020',
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
