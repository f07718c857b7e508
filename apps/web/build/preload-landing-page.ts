import type { HtmlTagDescriptor, Plugin, Rollup } from 'vite';

type OutputBundle = Rollup.OutputBundle;
type OutputChunk = Rollup.OutputChunk;

/**
 * Adds `<link rel="modulepreload">` for a lazily loaded page's chunk, and the chunks it imports,
 * to index.html, so that the browser fetches them beside the entry instead of after the entry has
 * run and asked for them. For the landing page (the overview) only: every sign-in lands there.
 */
export function preloadLandingPage(pageModule: string): Plugin {
  return {
    name: 'lagesbild:preload-landing-page',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        if (!bundle) return [];
        const chunks = Object.values(bundle).filter((output): output is OutputChunk => output.type === 'chunk');
        const page = chunks.find((chunk) => chunk.facadeModuleId?.endsWith(pageModule));
        if (!page) throw new Error(`preloadLandingPage: no chunk for ${pageModule}`);
        const entry = chunks.find((chunk) => chunk.isEntry);
        // The entry's own imports are preloaded by Vite already.
        const alreadyPreloaded = new Set(entry ? staticImportsOf(entry, bundle) : []);
        return staticImportsOf(page, bundle)
          .filter((file) => !alreadyPreloaded.has(file))
          .map((file): HtmlTagDescriptor => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` },
            injectTo: 'head',
          }));
      },
    },
  };
}

/** The chunk's file and every chunk it imports statically, transitively. */
function staticImportsOf(chunk: OutputChunk, bundle: OutputBundle): string[] {
  const files = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const output = bundle[file];
    if (output?.type === 'chunk') output.imports.forEach(visit);
  };
  visit(chunk.fileName);
  return [...files];
}
