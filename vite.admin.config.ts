import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';

/**
 * govuk-frontend's compiled CSS names the GDS Transport font and the crown crest, which are for
 * GOV.UK services only (decision 0050). This strips the @font-face rules, swaps the font for a
 * system stack and drops the crest image, so the built CSS requests nothing we do not serve.
 */
function withoutGovukBrand(): Plugin {
  const systemFonts = 'system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif';
  return {
    name: 'heard-without-govuk-brand',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('govuk-frontend') || !id.endsWith('.css')) return null;
      return code
        .replace(/@font-face\{[^}]*\}/g, '')
        .replace(/GDS Transport,arial,sans-serif/g, systemFonts)
        .replace(/font-family:GDS Transport(?=[;}])/g, `font-family:${systemFonts}`)
        .replace(/url\(\/assets\/images\/govuk-crest\.svg\)/g, 'none');
    },
  };
}

// The coordinators' and Board secretaries' app: one entry with fixed names (the server's shell
// page links /assets/admin/admin.js and admin.css); pages load as chunks through import().
export default defineConfig({
  plugins: [withoutGovukBrand(), preact()],
  publicDir: false,
  base: '/assets/admin/',
  // govuk-frontend still ships an old-IE `@media screen\0` hack that LightningCSS rejects;
  // recovery drops just those rules (no modern browser applies them anyway).
  css: { lightningcss: { errorRecovery: true } },
  build: {
    outDir: 'dist/admin',
    emptyOutDir: true,
    target: 'es2020',
    cssCodeSplit: false,
    modulePreload: false,
    rollupOptions: {
      input: 'admin/src/main.tsx',
      output: {
        entryFileNames: 'admin.js',
        chunkFileNames: 'admin-[name]-[hash].js',
        assetFileNames: (info) =>
          info.names?.[0]?.endsWith('.css') ? 'admin.css' : '[name]-[hash][extname]',
      },
    },
  },
});
