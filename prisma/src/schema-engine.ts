import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import * as engineBindings from '@prisma/schema-engine-wasm/schema_engine_bg';

/**
 * Prisma's schema engine (migrations, diffs) as WebAssembly, driven through the same driver
 * adapter as the client. The native engine cannot be downloaded here, nor in many
 * municipal networks; the WASM build is the same engine.
 *
 * The package's entry imports its .wasm as an ES module, which Node 20 only does behind
 * --experimental-wasm-modules, so the module is instantiated here by hand instead.
 */
// Node has WebAssembly globally, but @types/node 20 does not declare it (it lives in lib.dom).
declare const WebAssembly: {
  instantiate(
    bytes: Uint8Array,
    imports: Record<string, object>,
  ): Promise<{ instance: { exports: Record<string, unknown> } }>;
};

let engineModuleReady: Promise<void> | undefined;

function loadEngineModule(): Promise<void> {
  engineModuleReady ??= (async () => {
    const bindingsPath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const wasmBytes = await readFile(path.join(path.dirname(bindingsPath), 'schema_engine_bg.wasm'));
    const { instance } = await WebAssembly.instantiate(wasmBytes, {
      './schema_engine_bg.js': engineBindings,
    });
    const exports = instance.exports as unknown as { __wbindgen_start(): void };
    engineBindings.__wbg_set_wasm(exports);
    exports.__wbindgen_start();
  })();
  return engineModuleReady;
}

export const SCHEMA_FILE = path.resolve(__dirname, '..', 'schema.prisma');
export const MIGRATIONS_DIR = path.resolve(__dirname, '..', 'migrations');

export async function openSchemaEngine(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
): Promise<engineBindings.SchemaEngine> {
  await loadEngineModule();
  const schemaText = await readFile(SCHEMA_FILE, 'utf8');
  const ignoreEngineLog = (): void => undefined;
  return engineBindings.SchemaEngine.new(
    { datamodels: [[SCHEMA_FILE, schemaText]] },
    ignoreEngineLog,
    bindMigrationAwareSqlAdapterFactory(adapterFactory),
  );
}
