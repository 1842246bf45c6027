import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

// The storyteller's journey: one ES module and one stylesheet with fixed names, served by
// server/routes/journey.ts from /assets/journey/ (fixed names: the server page links them).
export default defineConfig({
  plugins: [preact()],
  publicDir: false,
  build: {
    outDir: 'dist/journey',
    emptyOutDir: true,
    target: 'es2019',
    cssCodeSplit: false,
    modulePreload: false,
    rollupOptions: {
      input: 'widget/journey/main.tsx',
      output: {
        entryFileNames: 'journey.js',
        chunkFileNames: 'journey-[name]-[hash].js',
        assetFileNames: (info) =>
          info.names?.[0]?.endsWith('.css') ? 'journey.css' : '[name]-[hash][extname]',
      },
    },
  },
});
