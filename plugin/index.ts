// The Newsstand Vite plugin: article folders in, `virtual:newsstand` and hashed JSON files out. Thin glue only.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { serveSearchIndex, serveSiteFiles, serveSyndicationFeeds, watchContent } from './vite/dev-server.ts';
import { removeSearchIndex, writeSearchIndex, type SearchIndex } from './vite/search-index.ts';
import { prepareSearchThread, type SearchThread } from './vite/search-thread.ts';
import { feedDiscoveryTags, writeSyndicationFeeds } from './vite/syndication-output.ts';
import { createDevSite, type DevSite } from './vite/dev-site.ts';
import { resolveOptions, siteTitleOf, type NewsstandOptions, type ResolvedOptions } from './options.ts';
import { offlinePlugin } from './vite/offline.ts';
import { buildSiteFromFolders, type SiteBuild } from './build-site.ts';
import { refuseMissingSiteFiles } from './vite/preview-server.ts';
import { copySiteAssets, serveSiteAssets } from './vite/site-assets.ts';
import { formatFullReport, formatReport, reasonsToStop, type BuildSummary } from './report.ts';
import { createBuildOutput, keptFoldersOf, type BuildOutput } from './incremental/index.ts';
import { manifestModule, resolvedVirtualId, virtualId } from './vite/virtual-module.ts';
import type { SearchRecord } from './emit/search-records.ts';

export type { NewsstandOptions } from './options.ts';

export function newsstand(options: NewsstandOptions = {}): Plugin[] {
  let config: ResolvedConfig;
  let resolved: ResolvedOptions;
  let devSite: DevSite | undefined;
  let staged: BuildOutput | undefined;

  /** After a failed build: no staging left behind, and outDir given back what was set aside. */
  const discardStaged = async () => {
    await staged?.discard();
    staged = undefined;
  };

  /** The screen's report; the full one is written to the cache folder, whose path the screen names. */
  const reportOf = (summary: BuildSummary): string => {
    const fullReportPath = join(resolved.cacheFolder, 'report.txt');
    try {
      mkdirSync(resolved.cacheFolder, { recursive: true });
      writeFileSync(fullReportPath, formatFullReport(summary, process.cwd()));
    } catch {
      return formatReport(summary, process.cwd(), { full: resolved.fullReport });
    }
    return formatReport(summary, process.cwd(), { full: resolved.fullReport, fullReportPath });
  };

  let buildFailed = false;
  /** Started with the build when search is on; given the records once the articles are known. */
  let searchThread: SearchThread | undefined;
  /** The index the thread makes from those records. */
  let searchIndex: Promise<SearchIndex> | undefined;
  /** After the bundle is written: the index, once made. */
  const finishSearchIndex = async (): Promise<SearchIndex | undefined> => {
    const pending = searchIndex;
    searchIndex = undefined;
    searchThread = undefined;
    if (!pending) return undefined;
    try {
      return await pending;
    } catch (error) {
      config.logger.warn(
        `newsstand: the site is built without its search index: ${error instanceof Error ? error.message : String(error)}`,
      );
      return undefined;
    }
  };
  /** When the build fails: an index nobody will write is stopped, not waited for. */
  const stopSearchIndex = async () => {
    const thread = searchThread;
    searchIndex = undefined;
    searchThread = undefined;
    await thread?.close();
  };
  const startSearchIndex = (records: SearchRecord[]) => {
    searchIndex = searchThread?.start(records);
    searchIndex?.catch(() => undefined);
  };
  let contentBuild: Promise<Pick<SiteBuild, 'manifest' | 'feeds'>> | undefined;
  const buildContent = async (): Promise<Pick<SiteBuild, 'manifest' | 'feeds'>> => {
    staged = await createBuildOutput(keptFoldersOf(resolved).keptOutput, { trustKept: resolved.parseCache });
    const hooks = resolved.search ? { searchRecordsReady: startSearchIndex } : {};
    const { manifest, feeds, summary } = await buildSiteFromFolders(resolved, staged, new Date().toISOString(), hooks);
    const report = reportOf(summary);
    const reasons = reasonsToStop(summary, resolved);
    if (reasons.length === 0) {
      config.logger.info(report);
      return { manifest, feeds };
    }
    // The report once, as the error (Vite adds its own stack, never this plugin's).
    const stop = new Error(`newsstand: the build stops, leaving the output folder as it was: ${reasons.join('; ')}\n${report}`);
    stop.stack = '';
    throw stop;
  };

  const main: Plugin = {
    name: 'newsstand',
    configResolved(resolvedConfig) {
      config = resolvedConfig;
      resolved = { ...resolveOptions(options, config.root), base: config.base };
    },
    resolveId(id) {
      return id === virtualId ? resolvedVirtualId : undefined;
    },
    async load(id) {
      if (id !== resolvedVirtualId) return undefined;
      const manifest = devSite ? await devSite.manifest() : (await contentBuild)?.manifest;
      if (!manifest) this.error('newsstand: the manifest was requested before the content was built');
      return manifestModule(manifest);
    },
    buildStart() {
      if (config.command !== 'build') return;
      buildFailed = false;
      if (resolved.search) {
        searchThread = prepareSearchThread({
          cacheFolder: resolved.cacheFolder,
          keptFolder: keptFoldersOf(resolved).searchIndex,
          trustKept: resolved.parseCache,
          ...(resolved.searchShardStories && { perShard: resolved.searchShardStories }),
        });
      }
      // Not awaited: the bundler transforms the app while the content is built, and waits only
      // where the manifest is loaded (and at the end of the build, for the content's errors).
      contentBuild = buildContent();
      contentBuild.catch(() => undefined);
    },
    // The site's title and description in the HTML itself: crawlers, link previews and a reader
    // without JavaScript see them, not only the app once it runs.
    // The feeds' autodiscovery links too: feed readers read the HTML as served, and run no script.
    transformIndexHtml(html) {
      const title = escapeHtml(resolved.siteTitle);
      const page = html
        .replace(/<title>[^<]*<\/title>/, `<title>${title}</title>`)
        .replace(/(<meta name="description" content=")Newsstand:/, `$1${title}:`);
      return { html: page, tags: feedDiscoveryTags(resolved.siteTitle, config.base) };
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        // Static hosts such as GitHub Pages answer unknown paths with 404.html: the app then routes deep links itself.
        const index = bundle['index.html'];
        if (index?.type === 'asset') this.emitFile({ type: 'asset', fileName: '404.html', source: index.source });
      },
    },
    async writeBundle(outputOptions) {
      const outDir = outputOptions.dir ?? resolve(config.root, config.build.outDir);
      copySiteAssets(resolved.assetFolders, outDir);
      writeSyndicationFeeds((await contentBuild)?.feeds() ?? [], outDir);
      await staged?.moveInto(outDir);
      staged = undefined;
      // After the move: newsstand/ is replaced whole, and the index lives inside it.
      const startedAt = performance.now();
      const index = await finishSearchIndex();
      if (index) writeSearchIndex(index, outDir);
      else removeSearchIndex(outDir);
      if (index) {
        const seconds = ((performance.now() - startedAt) / 1000).toFixed(2);
        const made = index.shards.filter((shard) => !shard.reused).length;
        config.logger.info(
          `newsstand: search index of ${index.shards.length} shard${index.shards.length === 1 ? '' : 's'}, ${made} made and ${index.shards.length - made} unchanged (waited ${seconds} s for it after the bundle)`,
        );
      }
    },
    async buildEnd(error) {
      // Whatever ended the bundle, the content build is let finish first: a failed build (strict
      // mode, a broken entry) never reaches writeBundle, and must leave no staging folder behind.
      const contentFailure: unknown = await contentBuild?.then(
        () => undefined,
        (failure: unknown) => failure ?? new Error('newsstand: the content build failed'),
      );
      if (error || contentFailure) {
        buildFailed = true;
        await stopSearchIndex();
        await discardStaged();
        if (!error) throw contentFailure;
        return;
      }
      await staged?.setAside(resolve(config.root, config.build.outDir));
    },
    renderError: async () => {
      buildFailed = true;
      await stopSearchIndex();
      await discardStaged();
    },
  };

  const dev: Plugin = {
    name: 'newsstand:dev',
    apply: 'serve',
    configureServer(server) {
      devSite = createDevSite(resolved);
      devSite.ready.then(
        (build) => config.logger.info(reportOf(build.summary)),
        (error: unknown) => config.logger.error(`newsstand: ${String(error)}`),
      );
      if (resolved.search) serveSearchIndex(server, devSite, resolved.searchShardStories);
      serveSiteFiles(server, devSite);
      serveSyndicationFeeds(server, devSite);
      server.middlewares.use(serveSiteAssets(resolved.assetFolders, server.config.base));
      watchContent(server, devSite, resolved.contentFolders);
    },
    configurePreviewServer(server) {
      refuseMissingSiteFiles(server);
    },
  };

  const siteTitle = siteTitleOf(options);
  const description = `${siteTitle}: the latest stories from many providers, grouped by topic.`;
  const offline =
    options.offline === false
      ? []
      : [offlinePlugin({ siteTitle, description, cacheFolder: () => resolved.cacheFolder, buildFailed: () => buildFailed })];
  return [main, dev, ...offline];
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
