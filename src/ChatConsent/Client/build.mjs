// Bundles the widget (a small loader plus a lazily imported chat module) and the agent console
// into ../wwwroot/dist. Run by the .NET build; everything comes from node_modules, nothing from a CDN.
import { readFile, rm } from 'node:fs/promises';
import * as esbuild from 'esbuild';

const outdir = new URL('../wwwroot/dist/', import.meta.url).pathname;
const { version } = JSON.parse(await readFile(new URL('package.json', import.meta.url), 'utf8'));
const common = {
  bundle: true, minify: true, sourcemap: true, target: ['es2020'], logLevel: 'warning',
  define: { __CHATCONSENT_VERSION__: JSON.stringify(version) },
};

// Chunk names carry a hash; without a clean start old ones would pile up beside the new.
await rm(outdir, { recursive: true, force: true });

// The loader is a classic script: a customer pastes it as <script async>, which cannot be a module.
await esbuild.build({ ...common, entryPoints: { widget: 'widget/loader.js' }, format: 'iife', outdir });

// What the loader imports on demand; ES modules so that import() can load them from any page.
await esbuild.build({
  ...common,
  entryPoints: {
    'widget-chat': 'widget/chat.js',
    // The platform gate; it imports only the adapter of the site's platform, each its own chunk.
    'widget-consent': 'widget/consent/gate.js',
    console: 'console/console.js',
  },
  format: 'esm',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  outdir,
});

// The demo shops' consent platforms, served by the demo host as each shop's own scripts: the real
// open-source ones from npm and the stand-ins for proprietary ones. Classic scripts, loaded in the
// page head like the platforms they are or imitate.
await esbuild.build({
  ...common,
  entryPoints: {
    klaro: 'demo/klaro.js',
    'vanilla-cookieconsent': 'demo/vanilla-cookieconsent.js',
    tcf: 'demo/tcf.js',
    cookiebot: 'demo/stand-ins/cookiebot.js',
    usercentrics: 'demo/stand-ins/usercentrics.js',
    onetrust: 'demo/stand-ins/onetrust.js',
    cookieyes: 'demo/stand-ins/cookieyes.js',
    borlabs: 'demo/stand-ins/borlabs.js',
    complianz: 'demo/stand-ins/complianz.js',
  },
  format: 'iife',
  outdir: new URL('demo/', `file://${outdir}`).pathname,
});
