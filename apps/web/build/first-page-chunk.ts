import type { Plugin } from 'vite';

/** The libraries every page runs on: their modules that the first page imports join its chunk. */
const FRAMEWORK =
  /node_modules[\\/](?:\.pnpm[\\/][^\\/]+[\\/]node_modules[\\/])?(react|react-dom|scheduler|@apollo[\\/]client|rxjs|graphql|optimism|@wry[\\/][^\\/]+|tslib|react-router|i18next|react-i18next|@emotion[\\/][^\\/]+|stylis|@mui[\\/](system|utils|styled-engine|private-theming)|clsx|react-is|prop-types|hoist-non-react-statics|react-transition-group|@babel[\\/]runtime)[\\/]/;
/** The component libraries: the components the first page imports join its chunk, the others stay with their pages. */
const COMPONENTS =
  /node_modules[\\/](?:\.pnpm[\\/][^\\/]+[\\/]node_modules[\\/])?@mui[\\/](material|icons-material)[\\/]/;

/**
 * Puts the libraries that the entry and the landing page run on into one chunk.
 *
 * Those modules run on every visit, yet Rolldown splits them into a chunk per set of lazily
 * loaded pages that share them (rolldown/rolldown#10731: a module already loaded by the entry is
 * still emitted as a chunk of its own): 45 files for the overview, which the browser fetches six
 * at a time over HTTP/1.1 while the CPU that would compile them waits. One chunk holds the same
 * bytes in one request. The app's own modules keep Rolldown's chunks: the static import graph
 * reaches barrels (packages/types) whose unused exports tree-shaking would drop, so taking that
 * graph whole would bring code the first page never runs (zod, for one).
 */
export function firstPageChunk(landingPageModule: string): Plugin {
  const firstPageModules = new Set<string>();
  return {
    name: 'lagesbild:first-page-chunk',
    apply: 'build',
    buildEnd() {
      // The module graph is complete here and chunking has not started: the group's test below
      // is asked only while the output is generated.
      firstPageModules.clear();
      const visit = (id: string) => {
        if (firstPageModules.has(id)) return;
        const info = this.getModuleInfo(id);
        if (!info) return;
        firstPageModules.add(id);
        info.importedIds.forEach(visit);
      };
      const moduleIds = [...this.getModuleIds()];
      const landingPage = moduleIds.find((id) => id.endsWith(landingPageModule));
      if (!landingPage) throw new Error(`firstPageChunk: no module ${landingPageModule}`);
      [...moduleIds.filter((id) => this.getModuleInfo(id)?.isEntry), landingPage].forEach(visit);
    },
    outputOptions(options) {
      return {
        ...options,
        codeSplitting: {
          groups: [
            {
              name: 'first-page',
              test: (id: string) => firstPageModules.has(id) && (FRAMEWORK.test(id) || COMPONENTS.test(id)),
            },
          ],
        },
      };
    },
  };
}
